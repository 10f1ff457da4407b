package org.mrc.casework.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.DataCategory;

/** Request bodies of the referral endpoints. */
public final class ReferralRequests {

    private ReferralRequests() {}

    @Schema(name = "CreateReferral")
    public record CreateReferral(
            @NotNull UUID offeringId,

            @NotBlank @Size(max = 2000) @Schema(example = "Needs Tagalog literacy classes before job placement")
            String reason,

            @NotNull ReferralPriority priority,

            @NotNull @Schema(description = "Date by which the partner should first respond", example = "2026-12-15")
            LocalDate dueDate,

            @Size(max = 2000) @Schema(description = "Note to the partner")
            String note,

            @NotEmpty @Schema(description = "Data categories of the client record shared with the partner")
            Set<@NotNull DataCategory> sharedCategories,

            @Size(min = 10, max = 1000)
            @Schema(
                    description = "Coordinators only: why the client is enrolled although the offering's eligibility"
                            + " rules exclude them (recorded in the audit trail with the rules overridden)")
            String eligibilityOverride) {

        public CreateReferral {
            // in enum order, so that a retry with the same categories is the same request
            if (sharedCategories != null && !sharedCategories.contains(null)) {
                Set<DataCategory> ordered = EnumSet.noneOf(DataCategory.class);
                ordered.addAll(sharedCategories);
                sharedCategories = ordered;
            }
        }
    }

    @Schema(name = "ReferralStatusChange")
    public record StatusChange(
            @NotNull @Schema(example = "rejected") ReferralStatus status,

            @Schema(description = "Required for rejected, cancelled and failed")
            ReferralReason reason,

            @Size(max = 1000) @Schema(description = "Required when reason is OTHER")
            String reasonText,

            @Valid @Schema(description = "Required for completed")
            OutcomeReport outcome) {}

    @Schema(name = "ReferralOutcomeReport")
    public record OutcomeReport(
            ReferralOutcome result,
            LocalDate date,
            @Size(max = 2000) String note) {}
}
