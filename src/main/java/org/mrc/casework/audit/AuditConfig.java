package org.mrc.casework.audit;

import io.smallrye.config.ConfigMapping;

/** Audit settings ({@code mrc.audit.*}); defaults in application.properties beside their variables. */
@ConfigMapping(prefix = "mrc.audit")
public interface AuditConfig {

    /** Start although the database role could erase the trail ({@code MRC_ALLOW_PRIVILEGED_DB_ROLE}). */
    boolean allowPrivilegedDbRole();
}
