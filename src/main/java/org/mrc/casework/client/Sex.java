package org.mrc.casework.client;

/** Sex as recorded; UNDISCLOSED is always a valid answer. */
public enum Sex {
    FEMALE,
    MALE,
    INTERSEX,
    UNDISCLOSED
}
