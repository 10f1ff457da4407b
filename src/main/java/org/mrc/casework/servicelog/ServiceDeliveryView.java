package org.mrc.casework.servicelog;

import static org.mrc.casework.privacy.DataCategory.SITUATION;
import static org.mrc.casework.privacy.Tier.S0;
import static org.mrc.casework.privacy.Tier.S1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Sensitive;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.Versioned;

/**
 * A service delivered to a client. That a service was delivered, what and by whom is S0 (it feeds the reports); the
 * free-text note may say more about the person and is S1.
 */
@Schema(name = "ServiceDelivery")
@JsonTypeName("SERVICE_DELIVERED") // its detailsKind on a timeline (TimelineEntry.details)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceDeliveryView(
        @Sensitive(tier = S0, category = SITUATION) UUID id,
        @Sensitive(tier = S0, category = SITUATION) UUID clientId,

        @Sensitive(tier = S0, category = SITUATION) @Schema(example = "LANGUAGE_COURSE")
        String serviceType,

        @Sensitive(tier = S0, category = SITUATION) UUID serviceTypeId,
        @Sensitive(tier = S0, category = SITUATION) LocalDate deliveredOn,

        @Sensitive(tier = S0, category = SITUATION) @Schema(description = "The office that delivered it, if one did")
        UUID officeId,

        @Sensitive(tier = S0, category = SITUATION)
        @Schema(description = "The partner organisation that delivered it, if one did")
        UUID partnerId,

        @Sensitive(tier = S0, category = SITUATION) @Schema(description = "The referral this service fulfils")
        UUID referralId,

        @Sensitive(tier = S0, category = SITUATION) Integer durationMinutes,
        @Sensitive(tier = S0, category = SITUATION) Integer units,
        @Sensitive(tier = S1, category = SITUATION) String note,

        @Sensitive(tier = S1, category = SITUATION) @Schema(description = "Subject of the staff member who recorded it")
        String recordedBy,

        @Sensitive(tier = S0, category = SITUATION) Instant recordedAt,
        @Sensitive(tier = S0, category = SITUATION) Long version)
        implements Identified, Versioned {}
