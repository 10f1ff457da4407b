package org.mrc.casework.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.shared.validation.CountryCode;
import org.mrc.casework.shared.validation.LanguageCode;

/** The requests that change the partner directory, named by intent. */
public final class DirectoryRequests {

    private DirectoryRequests() {}

    @Schema(name = "PartnerContact", description = "A contact point at a partner organisation")
    public record Contact(
            @NotBlank @Size(max = 200) @Schema(example = "Referral desk")
            String name,

            @Size(max = 200) @Schema(example = "Intake officer")
            String role,

            @Email @Size(max = 320) @Schema(example = "referrals@example.org")
            String email,

            @Pattern(regexp = "\\+?[0-9 ()-]{4,32}", message = "digits, spaces, ( ) - and an optional leading +")
            @Schema(example = "+63 43 723 0000")
            String phone) {}

    @Schema(name = "RegisterPartner", description = "Adds a partner organisation to the directory")
    public record RegisterPartner(
            @NotBlank @Size(max = 200) @Schema(example = "Batangas Returnee Cooperative")
            String name,

            @NotEmpty @Schema(example = "[\"COOPERATIVE\", \"MIGRANT_DIASPORA_ASSOCIATION\"]")
            Set<@NotNull PartnerType> types,

            @NotNull @CountryCode @Schema(example = "PH") String country,

            @Size(max = 200) @Schema(example = "Batangas City")
            String locality,

            @Size(max = 500) @Schema(example = "https://example.org")
            String website,

            @Size(max = 20) List<@NotNull @Valid Contact> contacts) {}

    @Schema(name = "UpdatePartner", description = "Replaces the description of a partner organisation")
    public record UpdatePartner(
            @NotBlank @Size(max = 200) @Schema(example = "Batangas Returnee Cooperative")
            String name,

            @NotEmpty @Schema(example = "[\"COOPERATIVE\"]") Set<@NotNull PartnerType> types,
            @NotNull @CountryCode @Schema(example = "PH") String country,

            @Size(max = 200) @Schema(example = "Batangas City")
            String locality,

            @Size(max = 500) @Schema(example = "https://example.org")
            String website,

            @Size(max = 20) List<@NotNull @Valid Contact> contacts) {}

    @Schema(name = "PartnerLocationDetails", description = "Where a partner delivers services; coordinates optional")
    public record LocationDetails(
            @NotBlank @Size(max = 200) @Schema(example = "Main office")
            String name,

            @Size(max = 500) @Schema(example = "P. Burgos St. 12")
            String address,

            @NotBlank @Size(max = 200) @Schema(example = "Batangas City")
            String locality,

            @NotNull @CountryCode @Schema(example = "PH") String country,

            @DecimalMin("-90") @DecimalMax("90") @Schema(example = "13.7565")
            Double latitude,

            @DecimalMin("-180") @DecimalMax("180") @Schema(example = "121.0583")
            Double longitude) {}

    @Schema(name = "OfferingTerms", description = "Who an offering is for and on what terms")
    public record Terms(
            @Size(max = 2000) @Schema(example = "Evening classes, twice a week")
            String description,

            @Size(max = 20) @Schema(example = "[\"en\", \"tl\"]")
            List<@NotNull @LanguageCode String> languages,

            @Size(max = 2000) @Schema(example = "Returnees of any status; no documents required")
            String eligibility,

            @Min(0) @Max(120) @Schema(example = "16") Integer minAge,
            @Min(0) @Max(120) @Schema(example = "65") Integer maxAge,
            @Size(max = 500) @Schema(example = "Free") String fees,

            @Size(max = 500) @Schema(example = "20 places per intake")
            String capacityNote,

            @Valid @Schema(description = "Who the offering is for, as rules enrolment checks (absent: no rule)")
            EligibilityRules rules) {

        public Terms {
            rules = rules == null ? EligibilityRules.OPEN : rules;
        }
    }

    @Schema(
            name = "CreateOffering",
            description = "A service type offered by a partner at one of its locations, or by an office of the centre"
                    + " (exactly one of partnerId and providerOfficeId)")
    public record CreateOffering(
            @NotBlank @Schema(example = "LANGUAGE_COURSE") String serviceType,

            @Schema(description = "The partner organisation providing it")
            UUID partnerId,

            @Schema(description = "One of the partner's locations (required for partner offerings)")
            UUID locationId,

            @Schema(description = "The office of the centre providing it in-house")
            UUID providerOfficeId,

            @NotNull @Valid Terms terms) {}

    @Schema(name = "ChangeOfferingStatus")
    public record ChangeOfferingStatus(
            @NotNull @Schema(example = "TEMPORARILY_CLOSED") OfferingStatus status) {}
}
