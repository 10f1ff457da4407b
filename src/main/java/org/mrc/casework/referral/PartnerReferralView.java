package org.mrc.casework.referral;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.client.ClientView;
import org.mrc.casework.privacy.DataCategory;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.Versioned;

/**
 * A referral as the addressed partner reads it. The client is named only by {@code clientRef}, a pseudonymous
 * reference of this referral; {@code client} holds the consented categories of the client record, and only while
 * the referral is open and on single reads (feed items and closed referrals carry none).
 */
@Schema(name = "PartnerReferral")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerReferralView(
        UUID id,

        @Schema(description = "Pseudonymous reference of the client, for this referral only")
        UUID clientRef,

        UUID offeringId,

        @Schema(
                description = "The Open Referral HSDS service_at_location id of the offering (GET"
                        + " /hsds/service_at_locations/{id}): a partner's own HSDS directory can match it")
        UUID serviceAtLocationId,

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
        Instant updatedAt,

        @Schema(
                description =
                        "When the client's personal data were erased (on their request, or anonymised under the retention"
                                + " rules); the referral then"
                                + " carries no client data and no free text, and reading it answers 410 referral-erased")
        Instant erasedAt,

        Long version,

        @Schema(implementation = ClientView.class, description = "The consented part of the client record")
        ClientView client)
        implements Identified, Versioned {}
