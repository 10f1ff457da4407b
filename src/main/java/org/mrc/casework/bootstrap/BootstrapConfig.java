package org.mrc.casework.bootstrap;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** First-start settings ({@code mrc.bootstrap.*}). */
@ConfigMapping(prefix = "mrc.bootstrap")
public interface BootstrapConfig {

    /** YAML of offices, partners and catalogue codes created at start when absent ({@code MRC_BOOTSTRAP_FILE}). */
    Optional<Path> file();
}
