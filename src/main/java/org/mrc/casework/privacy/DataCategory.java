package org.mrc.casework.privacy;

/** The categories a consent names when it lets a recipient see part of a client record. */
public enum DataCategory {
    IDENTITY,
    CONTACT,
    HOUSEHOLD,
    TERRITORY,
    SKILLS,
    SITUATION,
    MIGRATION_HISTORY,
    LEGAL_AND_PROTECTION
}
