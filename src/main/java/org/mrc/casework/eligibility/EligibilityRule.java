package org.mrc.casework.eligibility;

/**
 * The rules an offering may state, each checked against one fact of the client record. Administrative status is not
 * among them and never will be: no service may require one.
 */
public enum EligibilityRule {
    PHASE,
    ROLE,
    AGE,
    SEX,
    TERRITORY_SIDE,
    LANGUAGE,
    RESIDENCE_AREA
}
