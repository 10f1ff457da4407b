package org.mrc.casework.consent;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.partner.PartnerType;
import org.mrc.casework.privacy.DataCategory;

/** The requests that record and withdraw consents, named by intent. */
public final class ConsentRequests {

    private ConsentRequests() {}

    @Schema(
            name = "RecordConsent",
            description = "A consent as the client gave it. REFERRAL_SHARING names exactly one recipient (a partner"
                    + " organisation, a partner type or an office); CASE_HANDOVER names the receiving office;"
                    + " SERVICE_DELIVERY and STATISTICS name none; FOLLOW_UP_CONTACT may name a partner or type.")
    public record RecordConsent(
            @NotNull @Schema(example = "REFERRAL_SHARING") ConsentPurpose purpose,

            @Schema(description = "The partner organisation the client agreed to share with")
            UUID recipientPartnerId,

            @Schema(description = "Any partner of this type", example = "TRAINING_PROVIDER")
            PartnerType recipientPartnerType,

            @Schema(
                    description = "One of the network's own offices: required for CASE_HANDOVER (the office taking"
                            + " the case over); for REFERRAL_SHARING the office whose in-house offering the client"
                            + " is referred to")
            UUID recipientOfficeId,

            @NotEmpty @Size(max = 20) @Schema(example = "[\"IDENTITY\", \"CONTACT\", \"SKILLS\"]")
            Set<@NotNull DataCategory> dataCategories,

            @NotNull @Schema(example = "WRITTEN") ConsentMethod givenHow,

            @NotNull
            @Schema(
                    description = "When the client gave it; a later instant makes it valid from then",
                    example = "2026-01-15T09:30:00Z")
            Instant givenAt,

            @Schema(description = "When it lapses, if the client set a limit", example = "2027-01-15T00:00:00Z")
            Instant expiresAt) {}

    @Schema(name = "WithdrawConsent", description = "The client's withdrawal; the consent stays in the history")
    public record WithdrawConsent(
            @Schema(
                    description = "When the withdrawal takes effect: now when absent; never in the future",
                    example = "2026-02-01T10:00:00Z")
            Instant withdrawnAt,

            @Size(max = 1000) @Schema(description = "Why or how the client withdrew it, if useful")
            String note) {}
}
