package org.mrc.casework.client;

/** Highest completed level, ISCED-aligned; TERTIARY and above count for the deskilling indicator. */
public enum EducationLevel {
    NONE,
    PRIMARY,
    LOWER_SECONDARY,
    UPPER_SECONDARY,
    POST_SECONDARY_VOCATIONAL,
    SHORT_CYCLE_TERTIARY,
    BACHELOR,
    MASTER,
    DOCTORATE
}
