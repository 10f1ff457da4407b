package org.mrc.casework.lifecycle.erasure;

/** The ground of an erasure request (GDPR article 17(1), (a) to (f)). */
public enum ErasureGround {
    NO_LONGER_NECESSARY,
    CONSENT_WITHDRAWN,
    OBJECTION,
    UNLAWFUL_PROCESSING,
    LEGAL_OBLIGATION,
    CHILD_DATA
}
