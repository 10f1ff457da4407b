package org.mrc.casework.partner;

/** Whether an offering currently takes referrals. */
public enum OfferingStatus {
    ACTIVE,
    INACTIVE,
    TEMPORARILY_CLOSED
}
