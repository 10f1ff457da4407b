package org.mrc.casework.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.TerritorySide;
import org.mrc.casework.shared.Versioned;

/** A service type as every role reads it. {@code version} is also sent as the ETag. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ServiceType")
public record ServiceTypeView(
        UUID id,
        @Schema(example = "LANGUAGE_COURSE") String code,
        @Schema(example = "Language course") String name,
        String description,
        ServiceCategory category,

        @Schema(description = "The phases of the migration cycle the service serves, in cycle order")
        List<ServicePhase> phases,

        TerritorySide side,

        @Schema(
                description = "How sensitive it is that a client was referred to or served by this type: referrals,"
                        + " services, sessions and timeline entries of an S2 type exist only for readers who may see"
                        + " S2 data of the client",
                example = "S1")
        Tier tier,

        boolean active,
        Long version)
        implements Identified, Versioned {}
