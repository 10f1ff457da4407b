package org.mrc.casework.client;

/** Social-protection coverage (pension, health, unemployment) where the person lives. */
public enum SocialProtection {
    COVERED,
    PARTIALLY_COVERED,
    NOT_COVERED,
    UNKNOWN
}
