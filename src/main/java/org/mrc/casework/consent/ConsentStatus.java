package org.mrc.casework.consent;

/** Where a consent stands at an instant; computed, never stored. */
public enum ConsentStatus {
    /** Given, not expired, not withdrawn: it permits what it names. */
    ACTIVE,
    /** Its given-at lies in the future. */
    NOT_YET_VALID,
    /** Its expiry has passed. */
    EXPIRED,
    /** The client withdrew it (effective at withdrawnAt). */
    WITHDRAWN
}
