package org.mrc.casework.office;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.TerritorySide;
import org.mrc.casework.shared.Versioned;

/** An office as every staff member may read it. {@code version} is also sent as the ETag. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Office")
public record OfficeView(
        UUID id,
        @Schema(example = "BTG") String code,

        @Schema(example = "Batangas Provincial Migrant Resource Centre")
        String name,

        OfficeKind kind,
        UUID parentId,
        @Schema(example = "PH") String country,
        @Schema(example = "Batangas City") String locality,

        @Schema(description = "The side of the migration journey the office serves; absent when not recorded")
        TerritorySide territorySide,

        boolean active,
        Long version)
        implements Identified, Versioned {}
