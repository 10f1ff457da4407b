package org.mrc.casework.client;

/** Why the centre serves a person; several may apply and they change over time. */
public enum ClientRole {
    PROSPECTIVE_MIGRANT,
    EMIGRANT_DIASPORA,
    IMMIGRANT,
    RETURNEE,
    FAMILY_LEFT_BEHIND,
    ACCOMPANYING_FAMILY,
    NON_MIGRANT_RESIDENT,
    RESOURCE_PERSON
}
