package org.mrc.casework.handover;

import static org.mrc.casework.privacy.DataCategory.IDENTITY;
import static org.mrc.casework.privacy.Tier.S0;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Sensitive;

/** An accepted handover as the client's timeline shows it: which office owned the case before and after. */
@Schema(name = "HandoverTimelineDetails")
@JsonTypeName("CASE_HANDED_OVER") // its detailsKind on a timeline (TimelineEntry.details)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HandoverTimelineDetails(
        @Sensitive(tier = S0, category = IDENTITY) UUID handoverId,
        @Sensitive(tier = S0, category = IDENTITY) UUID fromOfficeId,
        @Sensitive(tier = S0, category = IDENTITY) UUID toOfficeId,

        @Sensitive(tier = S0, category = IDENTITY)
        @Schema(description = "True when the client moved as a household member of the handed-over client")
        boolean asMember) {}
