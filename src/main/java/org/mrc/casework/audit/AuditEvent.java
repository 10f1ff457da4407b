package org.mrc.casework.audit;

import java.util.UUID;
import org.mrc.casework.security.Caller;

/** What an audit entry records about one access. {@code reason} is set only for out-of-scope access. */
public record AuditEvent(
        Caller caller,
        String action,
        String resource,
        UUID resourceId,
        String requestId,
        AuditOutcome outcome,
        String reason) {}
