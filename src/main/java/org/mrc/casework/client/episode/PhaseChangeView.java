package org.mrc.casework.client.episode;

import static org.mrc.casework.privacy.DataCategory.LEGAL_AND_PROTECTION;
import static org.mrc.casework.privacy.DataCategory.MIGRATION_HISTORY;
import static org.mrc.casework.privacy.DataCategory.TERRITORY;
import static org.mrc.casework.privacy.Tier.S0;
import static org.mrc.casework.privacy.Tier.S1;
import static org.mrc.casework.privacy.Tier.S2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.client.SubStage;
import org.mrc.casework.privacy.Sensitive;

/** One dated entry of an episode's phase history, as one caller may see it. */
@Schema(name = "PhaseChange")
@JsonTypeName("PHASE_CHANGED") // its detailsKind on a timeline (TimelineEntry.details)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PhaseChangeView(
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) UUID id,

        @Sensitive(tier = S0, category = MIGRATION_HISTORY)
        @Schema(description = "1 for the phase the episode was opened in, then 2, 3, ...")
        Integer sequence,

        @Sensitive(tier = S0, category = MIGRATION_HISTORY)
        @Schema(description = "Absent for the phase the episode was opened in")
        MigrationPhase fromPhase,

        @Sensitive(tier = S0, category = MIGRATION_HISTORY) MigrationPhase phase,
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) SubStage subStage,
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) LocalDate effectiveDate,

        @Sensitive(tier = S0, category = TERRITORY)
        @Schema(
                description =
                        "Country of the journey leg in force on the effective date (the last leg started by then)")
        String country,

        @Sensitive(tier = S1, category = MIGRATION_HISTORY) String note,

        @Sensitive(tier = S2, category = LEGAL_AND_PROTECTION)
        @Schema(description = "A note marked confidential, or written on a return whose circumstance is protected")
        String confidentialNote,

        @Sensitive(tier = S1, category = MIGRATION_HISTORY)
        @Schema(description = "Recorded with the change that entered RETURN")
        ReturnDetailsView returnDetails,

        @Sensitive(tier = S0, category = MIGRATION_HISTORY)
        @Schema(description = "Subject of the staff member who recorded the change")
        String recordedBy,

        @Sensitive(tier = S0, category = MIGRATION_HISTORY) Instant recordedAt) {}
