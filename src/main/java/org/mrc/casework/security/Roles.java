package org.mrc.casework.security;

import java.util.Set;

/** The roles a token may carry. Staff roles act for an office; partners act for their organisation. */
public final class Roles {

    public static final String CASEWORKER = "caseworker";
    public static final String COORDINATOR = "coordinator";
    public static final String PARTNER = "partner";
    public static final String ANALYST = "analyst";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(CASEWORKER, COORDINATOR, PARTNER, ANALYST, AUDITOR, ADMIN);

    /** Roles whose tokens must name the office the caller works in. */
    public static final Set<String> OFFICE_BOUND = Set.of(CASEWORKER, COORDINATOR);

    private Roles() {}
}
