package org.mrc.casework.referral;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.DataCategory;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.Versioned;

/**
 * A referral as the referring staff read it. {@code version} is also the ETag; {@code history} (oldest first) is
 * present on single reads only.
 */
@Schema(name = "Referral")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralView(
        UUID id,
        UUID clientId,
        @Schema(description = "The referring office") UUID officeId,
        UUID offeringId,

        @Schema(
                description = "The Open Referral HSDS service_at_location id of the offering (GET"
                        + " /hsds/service_at_locations/{id}): a partner's own HSDS directory can match it")
        UUID serviceAtLocationId,

        @Schema(
                description =
                        "The partner organisation the referral is addressed to (absent for a referral to an office)")
        UUID partnerId,

        @Schema(
                description =
                        "The office whose in-house offering the referral is addressed to (a referral inside the network)")
        UUID providerOfficeId,

        @Schema(example = "LANGUAGE_COURSE") String serviceType,
        String reason,
        ReferralPriority priority,
        LocalDate dueDate,
        String note,
        Set<DataCategory> sharedCategories,
        ReferralStatus status,
        ReferralReason closeReason,
        String closeReasonText,
        ReferralRequests.OutcomeReport outcome,
        Instant requestedAt,
        Instant firstResponseAt,
        Instant completedAt,
        Instant createdAt,
        Instant updatedAt,
        Long version,
        List<ReferralEventView> history)
        implements Identified, Versioned {

    ReferralView withHistory(List<ReferralEventView> events) {
        return new ReferralView(
                id,
                clientId,
                officeId,
                offeringId,
                serviceAtLocationId,
                partnerId,
                providerOfficeId,
                serviceType,
                reason,
                priority,
                dueDate,
                note,
                sharedCategories,
                status,
                closeReason,
                closeReasonText,
                outcome,
                requestedAt,
                firstResponseAt,
                completedAt,
                createdAt,
                updatedAt,
                version,
                events);
    }
}
