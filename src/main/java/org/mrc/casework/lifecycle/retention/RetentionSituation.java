package org.mrc.casework.lifecycle.retention;

/** When a rule's period starts to run. */
public enum RetentionSituation {
    /** Every episode closed, no open referral, no activity since. */
    CASE_CLOSED_NO_ACTIVITY,
    /** Registered under a pseudonym only, never opened as a case, no activity since. */
    PSEUDONYMOUS_INTAKE_NO_ACTIVITY,
    /** Kept for a legal period. */
    LEGAL_PERIOD,
    /** Anonymous by construction. */
    ANONYMOUS
}
