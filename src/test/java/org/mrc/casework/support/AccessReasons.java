package org.mrc.casework.support;

/** The one well-formed {@code X-Access-Reason} tests send when they read a record outside their scope. */
public final class AccessReasons {

    public static final String HEADER = "X-Access-Reason";
    public static final String VALID_PURPOSE = "CONTINUITY_OF_CARE";
    public static final String VALID_TEXT = "Client came to our desk asking for help with a pending case";
    public static final String VALID = VALID_PURPOSE + "; " + VALID_TEXT;

    private AccessReasons() {}
}
