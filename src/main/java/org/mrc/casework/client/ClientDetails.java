package org.mrc.casework.client;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.shared.validation.CountryCode;
import org.mrc.casework.shared.validation.LanguageCode;

/**
 * What a caseworker records about a person: the body of a registration and the document a JSON merge patch
 * applies to. Everything is optional except a way to find the person again: a given or family name, or a
 * pseudonym for anonymous and pseudonymous intake. Sex and administrative status default to UNDISCLOSED.
 */
@Schema(name = "ClientDetails")
public record ClientDetails(
        @Size(max = 200) @Schema(example = "Irina") String givenName,
        @Size(max = 200) @Schema(example = "Kovalenko") String familyName,

        @Size(max = 200) @Schema(description = "Used instead of a legal name for pseudonymous intake")
        String pseudonym,

        @Size(max = 10) List<@Size(max = 200) String> otherNames,
        @Schema(example = "FEMALE") Sex sex,

        @Size(max = 200) @Schema(description = "Self-declared; highly sensitive (S2)")
        String genderIdentity,

        @PastOrPresent @Schema(example = "1988-04-02") LocalDate birthDate,

        @Min(1900) @Max(2100) @Schema(description = "Year of birth when the date is not known")
        Integer birthYear,

        @Schema(description = "The birth year is an estimate")
        Boolean birthYearEstimated,

        @Size(max = 5) List<@CountryCode String> nationalities,
        @CountryCode @Schema(example = "UA") String countryOfBirth,
        @Size(max = 10) List<@LanguageCode String> preferredLanguages,

        @Pattern(regexp = "\\+?[0-9 ()./-]{5,40}", message = "digits, spaces and + ( ) . / - only")
        String phone,

        @Email @Size(max = 254) String email,
        @Size(max = 500) String address,
        @CountryCode String originCountry,
        @Size(max = 200) String originLocality,
        @CountryCode String currentCountry,
        @Size(max = 200) String currentLocality,
        EducationLevel educationLevel,
        EmploymentStatus employmentStatus,
        SocialProtection socialProtection,
        RemittanceBand remittancesSent,
        RemittanceBand remittancesReceived,
        Boolean migrationDebt,
        AdministrativeStatus administrativeStatus,
        Set<Vulnerability> vulnerabilities,
        @Schema(example = "[\"RETURNEE\"]") Set<ClientRole> roles) {}
