package org.mrc.casework.lifecycle.erasure;

/** Why an erasure request was refused (article 17(3): the data must be kept for now). */
public enum ErasureRefusal {
    /** A coordinator or admin placed the client on legal hold, and the hold has not ended. */
    LEGAL_HOLD,
    /** The client has an open referral to a protection service (anti-trafficking, shelter...): a safeguarding case. */
    OPEN_SAFEGUARDING_CASE
}
