package org.mrc.casework.privacy;

/**
 * Why a member of staff opens a client record outside their office scope: the coded half of an
 * {@code X-Access-Reason}. The codes follow the purposes a data-protection officer has to be able to account for
 * under GDPR Articles 5(1)(b) and 6: each names a lawful purpose an out-of-scope read can serve, so that the trail
 * can be reviewed by purpose (all SAFEGUARDING reads last month) instead of by reading free text.
 */
public enum AccessPurpose {
    /** The person now receives help at the caller's desk and earlier casework is needed to continue it. */
    CONTINUITY_OF_CARE,
    /** A risk of harm to the person or to others (trafficking, violence, a child at risk). */
    SAFEGUARDING,
    /** An emergency in which the person's life or health is at stake (GDPR Art. 6(1)(d), vital interests). */
    VITAL_INTEREST,
    /** The person exercises a data-subject right: access, rectification, erasure, portability, objection. */
    DATA_SUBJECT_REQUEST,
    /** A legal obligation of the centre: a court order or a request from an authority entitled to it. */
    LEGAL_OBLIGATION,
    /** Checking whether a person is already registered, before registering or merging records. */
    DUPLICATE_RESOLUTION,
    /** Handling a complaint or an internal investigation about how the record was handled. */
    COMPLAINT_INVESTIGATION,
    /** None of the above; the free text must then say what the purpose is. */
    OTHER
}
