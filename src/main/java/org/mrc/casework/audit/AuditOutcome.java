package org.mrc.casework.audit;

/** How an audited call ended. */
public enum AuditOutcome {
    SUCCESS,
    /** Refused: not found, out of scope or forbidden. Written even though the call's transaction rolled back. */
    DENIED,
    /** Rejected as invalid or conflicting, or failed unexpectedly. */
    FAILED
}
