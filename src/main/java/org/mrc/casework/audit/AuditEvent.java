package org.mrc.casework.audit;

import java.util.UUID;
import org.mrc.casework.security.Caller;

/**
 * What an audit entry records about one access. {@code reasonCode} (the coded purpose) and {@code reason} (the
 * free-text justification) are set only for out-of-scope access.
 */
public record AuditEvent(
        Caller caller,
        String action,
        String resource,
        UUID resourceId,
        String requestId,
        AuditOutcome outcome,
        String reasonCode,
        String reason) {

    /** An event without a stated reason (an access within the caller's scope). */
    public AuditEvent(
            Caller caller, String action, String resource, UUID resourceId, String requestId, AuditOutcome outcome) {
        this(caller, action, resource, resourceId, requestId, outcome, null, null);
    }
}
