package org.mrc.casework.referral;

/**
 * Why a referral was rejected, cancelled or failed. OTHER needs a free-text explanation; EXPIRED, CONSENT_WITHDRAWN
 * and SUBJECT_ERASURE are given by the service only.
 */
public enum ReferralReason {
    NOT_ELIGIBLE,
    NO_CAPACITY,
    CLIENT_DECLINED,
    CLIENT_UNREACHABLE,
    DUPLICATE,
    EXPIRED,
    CONSENT_WITHDRAWN,
    /**
     * The client's personal data were erased on their request, or anonymised under the retention rules: the service
     * cancels every open referral.
     */
    SUBJECT_ERASURE,
    OTHER
}
