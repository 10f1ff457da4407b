package org.mrc.casework.privacy;

/**
 * How sensitive a piece of client data is. S0 ordinary; S1 sensitive (contact, household, income); S2 highly
 * sensitive (administrative status, expulsion, vulnerability, gender identity, health, confidential notes): visible
 * only to the owning office's staff and to partners a consent names for that category.
 */
public enum Tier {
    S0,
    S1,
    S2;

    public boolean within(Tier ceiling) {
        return compareTo(ceiling) <= 0;
    }
}
