package org.mrc.casework.office;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.shared.TerritorySide;
import org.mrc.casework.shared.validation.CountryCode;

/** The requests that change offices, named by intent. */
public final class OfficeRequests {

    private OfficeRequests() {}

    @Schema(name = "OpenOffice", description = "Opens a new office, optionally below an existing one")
    public record OpenOffice(
            @NotBlank
            @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,15}", message = "2-16 upper-case letters, digits or -")
            @Schema(example = "BTG-LIP")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Lipa City Migration Desk")
            String name,

            @NotNull @Schema(example = "MIGRATION_DESK") OfficeKind kind,

            @Schema(description = "The office this one reports to; absent for a root centre")
            UUID parentId,

            @NotNull @CountryCode @Schema(example = "PH") String country,
            @Size(max = 200) @Schema(example = "Lipa City") String locality,

            @Schema(
                    description = "The side of the migration journey the office serves (reports break figures down by"
                            + " it); absent when not yet decided")
            TerritorySide territorySide) {}

    @Schema(name = "RenameOffice")
    public record RenameOffice(
            @NotBlank @Size(max = 200) @Schema(example = "Lipa City Migrant Help Desk")
            String name) {}

    @Schema(
            name = "SetOfficeTerritorySide",
            description = "Records which side of the migration journey the office serves: ORIGIN (before departure"
                    + " and after return), DESTINATION (abroad) or BOTH")
    public record SetTerritorySide(@NotNull TerritorySide territorySide) {}

    @Schema(name = "MoveOffice", description = "Re-parents an office; absent parentId makes it a root")
    public record MoveOffice(UUID parentId) {}
}
