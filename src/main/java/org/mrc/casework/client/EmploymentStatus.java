package org.mrc.casework.client;

/** Current employment situation. */
public enum EmploymentStatus {
    FORMAL,
    INFORMAL,
    SELF_EMPLOYED,
    UNEMPLOYED,
    NOT_IN_LABOUR_FORCE
}
