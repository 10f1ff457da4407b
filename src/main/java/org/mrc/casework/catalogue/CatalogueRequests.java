package org.mrc.casework.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.shared.TerritorySide;

/** The requests that change the service catalogue, named by intent. */
public final class CatalogueRequests {

    private CatalogueRequests() {}

    @Schema(name = "AddServiceType", description = "Adds a code to the catalogue; the code can never change")
    public record AddServiceType(
            @NotBlank
            @Pattern(regexp = "[A-Z][A-Z0-9_]{2,63}", message = "3-64 upper-case letters, digits or _")
            @Schema(example = "DIGITAL_SKILLS_COURSE")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Digital skills course")
            String name,

            @Size(max = 2000) String description,
            @NotNull @Schema(example = "TRAINING") ServiceCategory category,

            @NotEmpty @Schema(example = "[\"PRE_DEPARTURE\", \"RETURN\"]")
            Set<@NotNull ServicePhase> phases,

            @NotNull @Schema(example = "ORIGIN") TerritorySide side,

            @Schema(
                    description = "S2 hides the type's referrals, services and sessions from readers below S2;"
                            + " default: S2 for PROTECTION, LEGAL, PSYCHOSOCIAL and HEALTH, else S1",
                    example = "S1")
            Tier tier) {}

    @Schema(name = "EditServiceType", description = "Replaces everything about a service type except its code")
    public record EditServiceType(
            @NotBlank @Size(max = 200) @Schema(example = "Digital skills course")
            String name,

            @Size(max = 2000) String description,
            @NotNull @Schema(example = "TRAINING") ServiceCategory category,

            @NotEmpty @Schema(example = "[\"PRE_DEPARTURE\", \"RETURN\"]")
            Set<@NotNull ServicePhase> phases,

            @NotNull @Schema(example = "ORIGIN") TerritorySide side,

            @Schema(
                    description = "Absent: the type keeps its tier, raised to the new category's default if that is"
                            + " higher",
                    example = "S1")
            Tier tier) {}
}
