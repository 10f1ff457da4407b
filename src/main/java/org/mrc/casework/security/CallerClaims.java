package org.mrc.casework.security;

import io.smallrye.config.ConfigMapping;

/** Names of the token claims that carry the caller's office and partner organisation (provider-specific). */
@ConfigMapping(prefix = "mrc.security")
public interface CallerClaims {

    /** Claim holding the office code of a caseworker or coordinator, e.g. {@code BTG}. */
    String officeClaim();

    /** Claim holding the partner organisation id of a partner. */
    String partnerClaim();
}
