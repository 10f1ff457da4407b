package org.mrc.casework.referral;

/** Who moves a referral: the referring office's staff, the addressed partner (or office), or the service
 * itself. */
public enum ReferralActor {
    /** Caseworkers and coordinators of the office that made the referral. */
    REFERRER,
    /** The partner organisation the referral is addressed to, and no other. */
    PARTNER,
    /**
     * Staff of the office whose in-house offering the referral is addressed to (a referral inside the network): the
     * same moves as a partner.
     */
    OFFICE,
    /** The service: expiry of unanswered requests, cancellation when the consent it relied on is withdrawn. */
    SYSTEM
}
