package org.mrc.casework.referral;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.client.ClientView;
import org.mrc.casework.privacy.DataCategory;

/**
 * A referral of the client as the subject-access report shows it: the referral with its history, who it was addressed
 * to, and what that recipient receives of the client, by consented category.
 */
@Schema(name = "ReferralDisclosure")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralDisclosureView(
        ReferralView referral,

        @Schema(description = "Name of the partner organisation the referral is addressed to", nullable = true)
        String recipientName,

        @Schema(
                description = "Categories of the client record the partner receives: those the referral"
                        + " shares that a consent covers now (empty for a draft or a referral to an office)")
        Set<DataCategory> consentedCategories,

        @Schema(
                description = "Of those, the categories a consent names this very partner for: only there"
                        + " does it receive highly sensitive (S2) fields")
        Set<DataCategory> explicitlyConsentedCategories,

        @Schema(
                description = "The part of the client record the partner can read now (absent once the"
                        + " referral is closed)",
                nullable = true)
        ClientView clientShared) {}
