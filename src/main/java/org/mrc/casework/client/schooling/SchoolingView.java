package org.mrc.casework.client.schooling;

import static org.mrc.casework.privacy.DataCategory.HOUSEHOLD;
import static org.mrc.casework.privacy.Tier.S2;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Sensitive;
import org.mrc.casework.shared.Identified;

/** A child's school status from {@code since} on. Every field is S2: a minor's data. */
@Schema(name = "ChildSchooling")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SchoolingView(
        @Sensitive(tier = S2, category = HOUSEHOLD, internal = true)
        UUID id,

        @Sensitive(tier = S2, category = HOUSEHOLD) SchoolStatus status,
        @Sensitive(tier = S2, category = HOUSEHOLD) SchoolLevel level,

        @Sensitive(tier = S2, category = HOUSEHOLD)
        @Schema(description = "Whether the child attends (only for ENROLLED; absent when not recorded)")
        Boolean attending,

        @Sensitive(tier = S2, category = HOUSEHOLD)
        @Schema(description = "From when the status holds: the enrolment or drop-out date", example = "2026-06-03")
        LocalDate since,

        @Sensitive(tier = S2, category = HOUSEHOLD, internal = true)
        String recordedBy,

        @Sensitive(tier = S2, category = HOUSEHOLD, internal = true)
        Instant recordedAt)
        implements Identified {}
