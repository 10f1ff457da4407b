package org.mrc.casework.referral;

/** How soon the partner should act, after the HL7 FHIR request priority codes. */
public enum ReferralPriority {
    ROUTINE,
    URGENT,
    ASAP,
    STAT
}
