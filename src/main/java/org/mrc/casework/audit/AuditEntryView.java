package org.mrc.casework.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mrc.casework.shared.Identified;

/**
 * An audit entry as auditors read it. {@code reasonCode} and {@code reason} are the purpose and justification an
 * out-of-scope reader stated in {@code X-Access-Reason}.
 */
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
        String reasonCode,
        String reason)
        implements Identified {}
