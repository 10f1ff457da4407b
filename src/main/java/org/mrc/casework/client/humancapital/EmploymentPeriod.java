package org.mrc.casework.client.humancapital;

/** When in the migration cycle an occupation was held; comparing them shows deskilling. */
public enum EmploymentPeriod {
    BEFORE,
    DURING,
    AFTER
}
