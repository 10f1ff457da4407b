package org.mrc.casework.client.humancapital;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.client.EducationLevel;
import org.mrc.casework.client.EmploymentStatus;
import org.mrc.casework.shared.validation.CountryCode;
import org.mrc.casework.shared.validation.LanguageCode;

/** The requests that record a client's diplomas, skills, languages and occupations, named by intent. */
public final class HumanCapitalRequests {

    private HumanCapitalRequests() {}

    @Schema(name = "AddDiploma", description = "A diploma the client holds, optionally with its recognition so far")
    public record AddDiploma(
            @NotBlank @Size(max = 200) @Schema(example = "Master in Management and International Trade")
            String title,

            @NotNull @Schema(example = "MASTER") EducationLevel level,

            @Size(max = 200) @Schema(example = "Business administration")
            String field,

            @NotNull @CountryCode @Schema(example = "IN") String issuingCountry,

            @Min(1900) @Max(2100) @Schema(description = "Year of issue; not in the future", example = "2004")
            Integer year,

            @Size(max = 20)
            @Schema(description = "Recognition history known at entry, in any order; more can be recorded later")
            List<@NotNull @Valid RecordRecognition> recognitions) {}

    @Schema(
            name = "RecordRecognition",
            description = "A recognition status of a diploma in one country, from the given date. Appended to the"
                    + " diploma's history; the entry with the latest effective date is the current status there.")
    public record RecordRecognition(
            @NotNull @CountryCode @Schema(example = "FR") String country,
            @NotNull @Schema(example = "RECOGNISED") RecognitionStatus status,

            @NotNull @PastOrPresent @Schema(description = "When this status took effect", example = "2012-09-01")
            LocalDate effectiveOn,

            @Size(max = 500) @Schema(example = "Equivalence certificate from ENIC-NARIC")
            String note) {}

    @Schema(name = "AddSkill")
    public record AddSkill(
            @NotBlank @Size(max = 200) @Schema(example = "Hairdressing")
            String name,

            @NotNull @Schema(example = "ABROAD") SkillAcquisition acquired,

            @Schema(description = "Attested by a certificate (default false)")
            Boolean certified,

            @CountryCode @Schema(description = "Where it was acquired; required for ABROAD", example = "DE")
            String country) {}

    @Schema(name = "AddLanguage", description = "One entry per language and client")
    public record AddLanguage(
            @NotNull @LanguageCode @Schema(description = "ISO 639 code", example = "de")
            String language,

            @Schema(
                    description = "CEFR level where known (default UNKNOWN); a certified level is A1 to C2",
                    example = "B1")
            CefrLevel level,

            @Schema(description = "Attested by a certificate (default false)")
            Boolean certified,

            @Size(max = 200) @Schema(description = "Only for a certified level", example = "Goethe-Zertifikat B1")
            String certificateName) {}

    @Schema(
            name = "AddEmployment",
            description = "An occupation (or a spell without work) before, during or after migration. Working statuses"
                    + " (FORMAL, INFORMAL, SELF_EMPLOYED) need an occupation title and its ISCO-08 major group;"
                    + " UNEMPLOYED and NOT_IN_LABOUR_FORCE take neither.")
    public record AddEmployment(
            @NotNull @Schema(example = "DURING") EmploymentPeriod period,

            @Size(max = 200) @Schema(example = "Window cleaner")
            String occupationTitle,

            @Min(0)
            @Max(9)
            @Schema(
                    description = "ISCO-08 major group: 0 armed forces, 1 managers, 2 professionals, 3 technicians and"
                            + " associate professionals, 4 clerical support, 5 service and sales, 6 skilled"
                            + " agricultural, 7 craft and related trades, 8 plant and machine operators, 9 elementary"
                            + " occupations",
                    example = "9")
            Integer iscoMajorGroup,

            @CountryCode @Schema(example = "FR") String country,
            @NotNull @Schema(example = "INFORMAL") EmploymentStatus employmentStatus,
            @PastOrPresent @Schema(example = "2021-03-01") LocalDate from,

            @PastOrPresent @Schema(description = "Absent while the occupation continues")
            LocalDate to,

            @Schema(description = "The client holds this occupation now (default false)")
            Boolean current) {}

    @Schema(name = "EndEmployment", description = "Ends a current occupation on the given date")
    public record EndEmployment(
            @NotNull @PastOrPresent @Schema(example = "2026-01-31")
            LocalDate to) {}
}
