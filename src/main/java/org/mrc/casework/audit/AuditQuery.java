package org.mrc.casework.audit;

import java.time.Instant;
import java.util.UUID;

/** Filters of the audit trail; every one is optional. {@code from} is inclusive, {@code to} exclusive. */
public record AuditQuery(
        String actor,
        String action,
        String resourceType,
        UUID resourceId,
        AuditOutcome outcome,
        Instant from,
        Instant to) {}
