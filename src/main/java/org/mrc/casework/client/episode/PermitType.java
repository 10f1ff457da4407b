package org.mrc.casework.client.episode;

/**
 * The residence or work permit held during a journey leg. Highly sensitive (S2) as a whole: it says what the
 * administrative status says. NONE and UNDISCLOSED are valid answers, and no rule ever requires a permit.
 */
public enum PermitType {
    RESIDENCE,
    WORK,
    RESIDENCE_AND_WORK,
    STUDY,
    FAMILY_REUNIFICATION,
    SEASONAL_WORK,
    PERMANENT_RESIDENCE,
    HUMANITARIAN,
    OTHER,
    NONE,
    UNDISCLOSED
}
