package org.mrc.casework.subjectaccess;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of subject-access reports ({@code mrc.subject-access.*}). */
@ConfigMapping(prefix = "mrc.subject-access")
public interface SubjectAccessConfig {

    /**
     * Whether the report names the members of staff (their token subject) who reached or corrected the record. Off
     * by default: the person learns which role of which office did so, when and why, which is what Art. 15 asks for;
     * naming staff exposes them to a person who may be in conflict with the centre, so a deployment turns it on only
     * where its law requires it.
     */
    @WithDefault("false")
    boolean showStaff();
}
