package org.mrc.casework.office;

/** What an office is in the network. */
public enum OfficeKind {
    /** A provincial or city migrant resource centre, usually the root of a tree of desks. */
    RESOURCE_CENTRE,
    /** A municipal migration desk trained and supported by a centre. */
    MIGRATION_DESK,
    /** A place where staff meet people away from an office: a school, a market, a community hall. */
    OUTREACH_POINT
}
