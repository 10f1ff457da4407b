package org.mrc.casework.client;

import static org.mrc.casework.privacy.DataCategory.CONTACT;
import static org.mrc.casework.privacy.DataCategory.IDENTITY;
import static org.mrc.casework.privacy.DataCategory.LEGAL_AND_PROTECTION;
import static org.mrc.casework.privacy.DataCategory.MIGRATION_HISTORY;
import static org.mrc.casework.privacy.DataCategory.SITUATION;
import static org.mrc.casework.privacy.DataCategory.SKILLS;
import static org.mrc.casework.privacy.DataCategory.TERRITORY;
import static org.mrc.casework.privacy.Tier.S0;
import static org.mrc.casework.privacy.Tier.S1;
import static org.mrc.casework.privacy.Tier.S2;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Projection;
import org.mrc.casework.privacy.Sensitive;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.Versioned;

/**
 * A client record as one caller may see it. The tier and consent category of each field is declared here, once;
 * {@link Projection} empties what the caller may not see, and empty fields are absent from the JSON.
 * {@code visibility} says up to which tier this copy was cut.
 */
@Schema(name = "Client")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ClientView(
        @Sensitive(tier = S0, category = IDENTITY, internal = true)
        UUID id,

        @Sensitive(tier = S0, category = IDENTITY, internal = true)
        UUID officeId,

        @Sensitive(tier = S0, category = IDENTITY, internal = true) @Schema(example = "BTG-2026-000123")
        String reference,

        @Sensitive(tier = S0, category = IDENTITY) String givenName,
        @Sensitive(tier = S0, category = IDENTITY) String familyName,
        @Sensitive(tier = S0, category = IDENTITY) String pseudonym,
        @Sensitive(tier = S0, category = IDENTITY) List<String> otherNames,
        @Sensitive(tier = S0, category = IDENTITY) Sex sex,
        @Sensitive(tier = S2, category = IDENTITY) String genderIdentity,
        @Sensitive(tier = S0, category = IDENTITY) LocalDate birthDate,
        @Sensitive(tier = S0, category = IDENTITY) Integer birthYear,
        @Sensitive(tier = S0, category = IDENTITY) Boolean birthYearEstimated,
        @Sensitive(tier = S0, category = IDENTITY) String ageBand,
        @Sensitive(tier = S0, category = IDENTITY) List<String> nationalities,
        @Sensitive(tier = S0, category = IDENTITY) String countryOfBirth,
        @Sensitive(tier = S0, category = IDENTITY) List<String> preferredLanguages,
        @Sensitive(tier = S1, category = CONTACT) String phone,
        @Sensitive(tier = S1, category = CONTACT) String email,
        @Sensitive(tier = S1, category = CONTACT) String address,
        @Sensitive(tier = S0, category = TERRITORY) String originCountry,
        @Sensitive(tier = S0, category = TERRITORY) String originLocality,
        @Sensitive(tier = S0, category = TERRITORY) String currentCountry,
        @Sensitive(tier = S0, category = TERRITORY) String currentLocality,
        @Sensitive(tier = S0, category = SKILLS) EducationLevel educationLevel,
        @Sensitive(tier = S1, category = SITUATION) EmploymentStatus employmentStatus,
        @Sensitive(tier = S1, category = SITUATION) SocialProtection socialProtection,
        @Sensitive(tier = S1, category = SITUATION) RemittanceBand remittancesSent,
        @Sensitive(tier = S1, category = SITUATION) RemittanceBand remittancesReceived,
        @Sensitive(tier = S1, category = SITUATION) Boolean migrationDebt,

        @Sensitive(tier = S2, category = LEGAL_AND_PROTECTION)
        AdministrativeStatus administrativeStatus,

        @Sensitive(tier = S2, category = LEGAL_AND_PROTECTION)
        Set<Vulnerability> vulnerabilities,

        @Sensitive(tier = S0, category = IDENTITY) Set<ClientRole> roles,
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) MigrationPhase currentPhase,

        @Sensitive(tier = S0, category = IDENTITY, internal = true)
        UUID mergedInto,

        @Sensitive(tier = S0, category = IDENTITY, internal = true)
        Tier visibility,

        @Sensitive(tier = S0, category = IDENTITY, internal = true)
        Long version)
        implements Identified, Versioned {}
