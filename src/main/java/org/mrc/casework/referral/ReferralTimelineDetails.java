package org.mrc.casework.referral;

import static org.mrc.casework.privacy.DataCategory.SITUATION;
import static org.mrc.casework.privacy.Tier.S0;
import static org.mrc.casework.privacy.Tier.S1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Sensitive;

/** A referral status change as the client's timeline shows it. Free-text reasons stay on the referral itself. */
@Schema(name = "ReferralTimelineDetails")
@JsonTypeName("REFERRAL_STATUS_CHANGED") // its detailsKind on a timeline (TimelineEntry.details)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralTimelineDetails(
        @Sensitive(tier = S0, category = SITUATION) UUID referralId,
        @Sensitive(tier = S0, category = SITUATION) String serviceType,
        @Sensitive(tier = S0, category = SITUATION) ReferralStatus from,
        @Sensitive(tier = S0, category = SITUATION) ReferralStatus to,
        @Sensitive(tier = S1, category = SITUATION) ReferralReason reason) {}
