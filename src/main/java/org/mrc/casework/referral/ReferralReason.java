package org.mrc.casework.referral;

/** Why a referral was rejected, cancelled or failed. OTHER needs a free-text explanation. */
public enum ReferralReason {
    NOT_ELIGIBLE,
    NO_CAPACITY,
    CLIENT_DECLINED,
    CLIENT_UNREACHABLE,
    DUPLICATE,
    EXPIRED,
    CONSENT_WITHDRAWN,
    OTHER
}
