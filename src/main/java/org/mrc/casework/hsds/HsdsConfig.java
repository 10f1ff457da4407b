package org.mrc.casework.hsds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The HSDS read API's settings ({@code mrc.hsds.*}). */
@ConfigMapping(prefix = "mrc.hsds")
public interface HsdsConfig {

    /** Who may read the directory through HSDS. */
    enum Access {
        /** Any caller with a valid token of any role (the default). */
        AUTHENTICATED,
        /** Anyone, without a token: an open directory. */
        PUBLIC
    }

    Access access();

    /** Where the HSDS profile this API follows is described (the root endpoint's {@code profile}). */
    @WithDefault("https://docs.openreferral.org/en/3.0/")
    String profile();
}
