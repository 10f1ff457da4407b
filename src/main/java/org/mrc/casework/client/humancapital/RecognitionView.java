package org.mrc.casework.client.humancapital;

import static org.mrc.casework.privacy.DataCategory.SKILLS;
import static org.mrc.casework.privacy.Tier.S0;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Sensitive;
import org.mrc.casework.shared.Identified;

/** One entry of a diploma's recognition history: a status in a country from a date, and who recorded it when. */
@Schema(name = "DiplomaRecognition")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecognitionView(
        @Sensitive(tier = S0, category = SKILLS) UUID id,
        @Sensitive(tier = S0, category = SKILLS) UUID diplomaId,

        @Sensitive(tier = S0, category = SKILLS) @Schema(example = "FR")
        String country,

        @Sensitive(tier = S0, category = SKILLS) RecognitionStatus status,
        @Sensitive(tier = S0, category = SKILLS) LocalDate effectiveOn,
        @Sensitive(tier = S0, category = SKILLS) String note,

        @Sensitive(tier = S0, category = SKILLS) @Schema(description = "Token subject of the staff member")
        String recordedBy,

        @Sensitive(tier = S0, category = SKILLS) Instant recordedAt)
        implements Identified {}
