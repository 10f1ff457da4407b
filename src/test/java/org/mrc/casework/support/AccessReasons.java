package org.mrc.casework.support;

/** The {@code X-Access-Reason} values tests send: one place to change when the reason format changes. */
public final class AccessReasons {

    public static final String HEADER = "X-Access-Reason";

    /** A reason out-of-scope staff may give. */
    public static final String VALID = "CONTINUITY_OF_CARE; client moved to this municipality";

    private AccessReasons() {}
}
