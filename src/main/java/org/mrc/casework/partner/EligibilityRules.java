package org.mrc.casework.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.client.ClientRole;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.client.Sex;
import org.mrc.casework.shared.TerritorySide;
import org.mrc.casework.shared.validation.LanguageCode;

/**
 * Who an offering is for, as data (the age range is the terms' minAge and maxAge). An empty or absent member states
 * no rule. {@code languages} are those a client must speak (one of them), not those the offering is delivered in. There is deliberately no rule on administrative status: no service may
 * require one (domain section 4), so the model cannot even express it.
 */
@Schema(
        name = "EligibilityRules",
        description = "Who the offering is for; an absent or empty member states no rule. The age range is the terms'"
                + " minAge and maxAge. Administrative status is never a rule.")
public record EligibilityRules(
        @Size(max = 6)
        @Schema(description = "The client's current phase must be one of these", example = "[\"RETURN\"]")
        Set<@NotNull MigrationPhase> phases,

        @Size(max = 8)
        @Schema(
                description = "The client must hold one of these roles",
                example = "[\"RETURNEE\", \"FAMILY_LEFT_BEHIND\"]")
        Set<@NotNull ClientRole> roles,

        @Size(max = 3)
        @Schema(
                description = "Only for sex-specific services: the client's recorded sex must be one of these (a client"
                        + " whose sex is UNDISCLOSED or not recorded is never refused on it)",
                example = "[\"FEMALE\"]")
        Set<@NotNull Sex> sexes,

        @Schema(
                description = "ORIGIN: for clients in their country of origin; DESTINATION: for clients abroad; BOTH or"
                        + " absent: either")
        TerritorySide territorySide,

        @Size(max = 20)
        @Schema(
                description = "The client must speak one of these (ISO 639); not the languages the offering is"
                        + " delivered in (the terms' languages)",
                example = "[\"tl\", \"en\"]")
        List<@NotNull @LanguageCode String> languages,

        @Size(max = 50)
        @Schema(
                description = "Localities the offering serves: the client's current locality must be one of them",
                example = "[\"Batangas City\", \"Lipa\"]")
        List<@NotBlank @Size(max = 200) String> residenceAreas,

        @Schema(description = "A mainstream public service opened to migrants (extended mainstream)")
        Boolean extendedMainstream) {

    /** No rule at all. */
    public static final EligibilityRules OPEN = new EligibilityRules(null, null, null, null, null, null, false);

    public EligibilityRules {
        // in enum order, so that the same rules are always written (and compared by idempotency) alike
        phases = ordered(phases, MigrationPhase.class);
        roles = ordered(roles, ClientRole.class);
        sexes = ordered(sexes, Sex.class);
        languages =
                languages == null ? List.of() : languages.stream().distinct().toList();
        residenceAreas = residenceAreas == null
                ? List.of()
                : residenceAreas.stream().map(String::trim).distinct().toList();
        extendedMainstream = Boolean.TRUE.equals(extendedMainstream);
    }

    private static <E extends Enum<E>> Set<E> ordered(Set<E> values, Class<E> type) {
        if (values != null && values.contains(null)) {
            return values; // left for validation to refuse
        }
        Set<E> ordered = EnumSet.noneOf(type);
        if (values != null) {
            ordered.addAll(values);
        }
        return Collections.unmodifiableSet(ordered);
    }
}
