package org.mrc.casework.catalogue;

/**
 * The phases of the migration cycle a service can serve. The names are those of the client's migration phases;
 * deciding not to migrate is a phase of a person, not of a service, so it has no counterpart here. The catalogue
 * keeps its own enum so that it depends on no client code (referrals and reporting join the two by name).
 */
public enum ServicePhase {
    PRE_DECISION,
    PRE_DEPARTURE,
    TRANSIT,
    MIGRATION,
    RETURN
}
