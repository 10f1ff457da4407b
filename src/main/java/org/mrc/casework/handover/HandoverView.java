package org.mrc.casework.handover;

import static org.mrc.casework.privacy.DataCategory.HOUSEHOLD;
import static org.mrc.casework.privacy.DataCategory.IDENTITY;
import static org.mrc.casework.privacy.Tier.S0;
import static org.mrc.casework.privacy.Tier.S1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Sensitive;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.Versioned;

/**
 * A case handover as the offices taking part see it. The summary, the members moving and the answer's note are S1
 * (the receiving office reads them through the proposal's grant); who owned the case is S0.
 */
@Schema(name = "CaseHandover")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HandoverView(
        @Sensitive(tier = S0, category = IDENTITY) UUID id,
        @Sensitive(tier = S0, category = IDENTITY) UUID clientId,
        @Sensitive(tier = S0, category = IDENTITY) UUID fromOfficeId,
        @Sensitive(tier = S0, category = IDENTITY) UUID toOfficeId,
        @Sensitive(tier = S1, category = IDENTITY) UUID consentId,
        @Sensitive(tier = S1, category = IDENTITY) String summary,

        @Sensitive(tier = S1, category = HOUSEHOLD) @Schema(description = "Household members moving with the case")
        List<UUID> memberIds,

        @Sensitive(tier = S0, category = IDENTITY) HandoverStatus status,
        @Sensitive(tier = S1, category = IDENTITY) String proposedBy,
        @Sensitive(tier = S0, category = IDENTITY) Instant proposedAt,
        @Sensitive(tier = S1, category = IDENTITY) String decidedBy,

        @Sensitive(tier = S0, category = IDENTITY)
        @Schema(description = "When it was accepted, declined or withdrawn; an accepted handover moved the case then")
        Instant decidedAt,

        @Sensitive(tier = S1, category = IDENTITY) String decisionNote,
        @Sensitive(tier = S0, category = IDENTITY) Long version)
        implements Identified, Versioned {}
