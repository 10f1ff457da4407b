package org.mrc.casework.catalogue;

/** Where a service is delivered relative to the journey: at home, abroad, or either. */
public enum TerritorySide {
    ORIGIN,
    DESTINATION,
    BOTH
}
