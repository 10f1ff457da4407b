package org.mrc.casework.shared;

/**
 * Which side of the migration journey a service or an office serves: the country of origin (before departure and
 * after return), the destination (abroad), or both.
 */
public enum TerritorySide {
    ORIGIN,
    DESTINATION,
    BOTH
}
