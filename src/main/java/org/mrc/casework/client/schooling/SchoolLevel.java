package org.mrc.casework.client.schooling;

/** The level of schooling (ISCED 0 to 3, vocational, tertiary). */
public enum SchoolLevel {
    EARLY_CHILDHOOD,
    PRIMARY,
    LOWER_SECONDARY,
    UPPER_SECONDARY,
    VOCATIONAL,
    TERTIARY
}
