package org.mrc.casework.hsds;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who may read the HSDS API: by default any caller with a valid token (every role: the directory is reference data);
 * with {@code mrc.hsds.access=PUBLIC}, anyone. A token that is sent must still be valid either way.
 */
@RequestScoped
public class HsdsAccess {

    private final HsdsConfig config;
    private final SecurityIdentity identity;

    HsdsAccess(HsdsConfig config, SecurityIdentity identity) {
        this.config = config;
        this.identity = identity;
    }

    public void check() {
        if (!permits(config.access(), identity.isAnonymous())) {
            throw new UnauthorizedException();
        }
    }

    static boolean permits(HsdsConfig.Access access, boolean anonymous) {
        return access == HsdsConfig.Access.PUBLIC || !anonymous;
    }
}
