package org.mrc.casework.client.episode;

import static org.mrc.casework.privacy.DataCategory.LEGAL_AND_PROTECTION;
import static org.mrc.casework.privacy.DataCategory.MIGRATION_HISTORY;
import static org.mrc.casework.privacy.DataCategory.SITUATION;
import static org.mrc.casework.privacy.DataCategory.TERRITORY;
import static org.mrc.casework.privacy.Tier.S0;
import static org.mrc.casework.privacy.Tier.S1;
import static org.mrc.casework.privacy.Tier.S2;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Sensitive;

/** One leg of a journey as one caller may see it: the permit is S2, the contributions S1. */
@Schema(name = "JourneyLeg")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record JourneyLegView(
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) @Schema(description = "1, 2, ... in journey order")
        Integer sequence,

        @Sensitive(tier = S0, category = TERRITORY) @Schema(example = "SA")
        String country,

        @Sensitive(tier = S0, category = TERRITORY) @Schema(example = "Riyadh")
        String locality,

        @Sensitive(tier = S0, category = MIGRATION_HISTORY)
        @Schema(description = "Absent on a first leg that started with the journey")
        LocalDate fromDate,

        @Sensitive(tier = S0, category = MIGRATION_HISTORY) @Schema(description = "Absent while the leg goes on")
        LocalDate toDate,

        @Sensitive(tier = S1, category = MIGRATION_HISTORY) LegActivity activity,

        @Sensitive(tier = S2, category = LEGAL_AND_PROTECTION)
        ResidencePermit permit,

        @Sensitive(tier = S1, category = SITUATION) SocialSecurityContributions contributions) {}
