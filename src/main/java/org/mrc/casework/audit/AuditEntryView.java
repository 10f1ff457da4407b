package org.mrc.casework.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mrc.casework.shared.Identified;

/** An audit entry as auditors read it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntryView(
        UUID id,
        Instant occurredAt,
        String actorSubject,
        List<String> actorRoles,
        String actorOffice,
        String actorPartner,
        String action,
        String resourceType,
        UUID resourceId,
        String requestId,
        AuditOutcome outcome,
        String reason)
        implements Identified {}
