package org.mrc.casework.referral;

/** What a completed referral delivered. */
public enum ReferralOutcome {
    DELIVERED,
    PARTLY_DELIVERED
}
