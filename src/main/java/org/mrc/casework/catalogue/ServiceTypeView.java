package org.mrc.casework.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.shared.Identified;

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
        boolean active,
        long version)
        implements Identified {}
