package org.mrc.casework.client.episode;

import static org.mrc.casework.privacy.DataCategory.MIGRATION_HISTORY;
import static org.mrc.casework.privacy.DataCategory.TERRITORY;
import static org.mrc.casework.privacy.Tier.S0;
import static org.mrc.casework.privacy.Tier.S1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.client.SubStage;
import org.mrc.casework.privacy.Projection;
import org.mrc.casework.privacy.Sensitive;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.Versioned;

/**
 * A migration episode (one journey) with its phase history, as one caller may see it. Every field declares its tier
 * here; {@link Projection} empties what the caller may not see, and empty fields are absent from the JSON.
 */
@Schema(name = "Episode")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EpisodeView(
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) UUID id,
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) UUID clientId,

        @Sensitive(tier = S0, category = MIGRATION_HISTORY)
        @Schema(description = "The client's episode before this one (a re-migration, the previous season)")
        UUID previousEpisodeId,

        @Sensitive(tier = S1, category = MIGRATION_HISTORY) EpisodeType type,
        @Sensitive(tier = S0, category = TERRITORY) String originCountry,
        @Sensitive(tier = S0, category = TERRITORY) String originLocality,
        @Sensitive(tier = S0, category = TERRITORY) String destinationCountry,
        @Sensitive(tier = S0, category = TERRITORY) String destinationLocality,
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) LocalDate plannedDepartureDate,
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) LocalDate departureDate,
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) LocalDate plannedReturnDate,
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) LocalDate returnDate,
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) MigrationPhase phase,
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) SubStage subStage,

        @Sensitive(tier = S0, category = MIGRATION_HISTORY)
        @Schema(description = "Effective date of the latest phase change")
        LocalDate phaseSince,

        @Sensitive(tier = S0, category = MIGRATION_HISTORY)
        @Schema(description = "The legs of the journey in order, each cut to what the caller may see")
        List<JourneyLegView> legs,

        @Sensitive(tier = S1, category = MIGRATION_HISTORY) ReturnDetailsView returnDetails,
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) LocalDate openedOn,
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) LocalDate closedOn,
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) Boolean open,

        @Sensitive(tier = S0, category = MIGRATION_HISTORY)
        @Schema(description = "Phases a phase change may name now (the current phase when it has sub-stages)")
        List<MigrationPhase> allowedNextPhases,

        @Sensitive(tier = S0, category = MIGRATION_HISTORY)
        @Schema(description = "The episode is open and may be closed now")
        Boolean closable,

        @Sensitive(tier = S0, category = MIGRATION_HISTORY) @Schema(description = "The phase history, oldest first")
        List<PhaseChangeView> phaseChanges,

        @Sensitive(tier = S0, category = MIGRATION_HISTORY) Tier visibility,
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) Long version)
        implements Identified, Versioned {}
