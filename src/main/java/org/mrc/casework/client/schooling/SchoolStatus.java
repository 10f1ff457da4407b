package org.mrc.casework.client.schooling;

/** A child's relation to school from a date on. */
public enum SchoolStatus {
    ENROLLED,
    NOT_ENROLLED,
    DROPPED_OUT,
    COMPLETED
}
