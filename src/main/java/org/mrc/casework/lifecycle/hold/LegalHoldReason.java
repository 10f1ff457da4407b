package org.mrc.casework.lifecycle.hold;

/** Why a client's data must be kept whatever the retention rules or an erasure request say. Coded on purpose. */
public enum LegalHoldReason {
    LITIGATION,
    AUTHORITY_REQUEST,
    SAFEGUARDING_INVESTIGATION,
    AUDIT,
    COMPLAINT
}
