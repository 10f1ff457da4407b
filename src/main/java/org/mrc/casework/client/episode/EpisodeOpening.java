package org.mrc.casework.client.episode;

import static org.mrc.casework.privacy.DataCategory.MIGRATION_HISTORY;
import static org.mrc.casework.privacy.DataCategory.TERRITORY;
import static org.mrc.casework.privacy.Tier.S0;
import static org.mrc.casework.privacy.Tier.S1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Sensitive;

/** The journey an episode is about, as a timeline shows its opening. */
@Schema(name = "EpisodeOpening")
@JsonTypeName("EPISODE_OPENED") // its detailsKind on a timeline (TimelineEntry.details)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EpisodeOpening(
        @Sensitive(tier = S1, category = MIGRATION_HISTORY) EpisodeType type,
        @Sensitive(tier = S0, category = TERRITORY) String originCountry,
        @Sensitive(tier = S0, category = TERRITORY) String originLocality,
        @Sensitive(tier = S0, category = TERRITORY) String destinationCountry,
        @Sensitive(tier = S0, category = TERRITORY) String destinationLocality,
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) UUID previousEpisodeId) {}
