package org.mrc.casework.support;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.mrc.casework.client.EducationLevel;
import org.mrc.casework.client.EmploymentStatus;
import org.mrc.casework.client.humancapital.CefrLevel;
import org.mrc.casework.client.humancapital.EmploymentPeriod;
import org.mrc.casework.client.humancapital.HumanCapitalRequests;
import org.mrc.casework.client.humancapital.RecognitionStatus;
import org.mrc.casework.client.humancapital.SkillAcquisition;

/**
 * Bodies for the human-capital endpoints, and a client to hang them on. Enum-valued arguments are the constants'
 * names; a test that sends a value outside the enum writes the body with {@link Json#raw} instead.
 */
public final class HumanCapitalFixtures {

    private HumanCapitalFixtures() {}

    /** A desk with a newly registered client: {@code [officeCode, clientId]}. */
    public static String[] deskWithClient() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Azfar", ClientFixtures.uniqueName()));
        return new String[] {office, client};
    }

    /** An Indian master's degree issued in {@code year}, with {@code recognitions} (null: none given). */
    public static Diploma diploma(Integer year, List<Recognition> recognitions) {
        return new Diploma()
                .title("Master in Management and International Trade")
                .level(EducationLevel.MASTER)
                .field("Business administration")
                .issuingCountry("IN")
                .year(year)
                .recognitions(
                        recognitions == null
                                ? null
                                : recognitions.stream().map(Recognition::build).toList());
    }

    public static Recognition recognition(String country, String status, String effectiveOn) {
        return new Recognition()
                .country(country)
                .status(RecognitionStatus.valueOf(status))
                .effectiveOn(effectiveOn);
    }

    public static Skill skill(String name, String acquired, String country) {
        return new Skill()
                .name(name)
                .acquired(SkillAcquisition.valueOf(acquired))
                .country(country);
    }

    public static Language language(String code, String level, Boolean certified, String certificate) {
        return new Language()
                .language(code)
                .level(level == null ? null : CefrLevel.valueOf(level))
                .certified(certified)
                .certificateName(certificate);
    }

    /** An occupation in France; {@code period} and {@code status} are enum names, the rest may be null. */
    public static Employment employment(
            String period, String title, Integer isco, String status, String from, String to, Boolean current) {
        return new Employment()
                .period(EmploymentPeriod.valueOf(period))
                .occupationTitle(title)
                .iscoMajorGroup(isco)
                .country("FR")
                .employmentStatus(EmploymentStatus.valueOf(status))
                .from(from)
                .to(to)
                .current(current);
    }

    /** A {@link HumanCapitalRequests.AddDiploma} body built field by field: a misspelt field does not compile. */
    public static final class Diploma {

        private String title;
        private EducationLevel level;
        private String field;
        private String issuingCountry;
        private Integer year;
        private List<HumanCapitalRequests.RecordRecognition> recognitions;

        public Diploma title(String title) {
            this.title = title;
            return this;
        }

        public Diploma level(EducationLevel level) {
            this.level = level;
            return this;
        }

        public Diploma field(String field) {
            this.field = field;
            return this;
        }

        public Diploma issuingCountry(String issuingCountry) {
            this.issuingCountry = issuingCountry;
            return this;
        }

        public Diploma year(Integer year) {
            this.year = year;
            return this;
        }

        public Diploma recognitions(List<HumanCapitalRequests.RecordRecognition> recognitions) {
            this.recognitions = recognitions;
            return this;
        }

        @JsonValue
        public HumanCapitalRequests.AddDiploma build() {
            return new HumanCapitalRequests.AddDiploma(title, level, field, issuingCountry, year, recognitions);
        }
    }

    /** A {@link HumanCapitalRequests.RecordRecognition} body built field by field: a misspelt field does not compile. */
    public static final class Recognition {

        private String country;
        private RecognitionStatus status;
        private LocalDate effectiveOn;
        private String note;

        public Recognition country(String country) {
            this.country = country;
            return this;
        }

        public Recognition status(RecognitionStatus status) {
            this.status = status;
            return this;
        }

        public Recognition effectiveOn(LocalDate effectiveOn) {
            this.effectiveOn = effectiveOn;
            return this;
        }

        public Recognition effectiveOn(String effectiveOn) {
            return effectiveOn(effectiveOn == null ? null : LocalDate.parse(effectiveOn));
        }

        public Recognition note(String note) {
            this.note = note;
            return this;
        }

        @JsonValue
        public HumanCapitalRequests.RecordRecognition build() {
            return new HumanCapitalRequests.RecordRecognition(country, status, effectiveOn, note);
        }
    }

    /** A {@link HumanCapitalRequests.AddSkill} body built field by field: a misspelt field does not compile. */
    public static final class Skill {

        private String name;
        private SkillAcquisition acquired;
        private Boolean certified;
        private String country;

        public Skill name(String name) {
            this.name = name;
            return this;
        }

        public Skill acquired(SkillAcquisition acquired) {
            this.acquired = acquired;
            return this;
        }

        public Skill certified(Boolean certified) {
            this.certified = certified;
            return this;
        }

        public Skill country(String country) {
            this.country = country;
            return this;
        }

        @JsonValue
        public HumanCapitalRequests.AddSkill build() {
            return new HumanCapitalRequests.AddSkill(name, acquired, certified, country);
        }
    }

    /** A {@link HumanCapitalRequests.AddLanguage} body built field by field: a misspelt field does not compile. */
    public static final class Language {

        private String language;
        private CefrLevel level;
        private Boolean certified;
        private String certificateName;

        public Language language(String language) {
            this.language = language;
            return this;
        }

        public Language level(CefrLevel level) {
            this.level = level;
            return this;
        }

        public Language certified(Boolean certified) {
            this.certified = certified;
            return this;
        }

        public Language certificateName(String certificateName) {
            this.certificateName = certificateName;
            return this;
        }

        @JsonValue
        public HumanCapitalRequests.AddLanguage build() {
            return new HumanCapitalRequests.AddLanguage(language, level, certified, certificateName);
        }
    }

    /** A {@link HumanCapitalRequests.AddEmployment} body built field by field: a misspelt field does not compile. */
    public static final class Employment {

        private EmploymentPeriod period;
        private String occupationTitle;
        private Integer iscoMajorGroup;
        private String country;
        private EmploymentStatus employmentStatus;
        private LocalDate from;
        private LocalDate to;
        private Boolean current;

        public Employment period(EmploymentPeriod period) {
            this.period = period;
            return this;
        }

        public Employment occupationTitle(String occupationTitle) {
            this.occupationTitle = occupationTitle;
            return this;
        }

        public Employment iscoMajorGroup(Integer iscoMajorGroup) {
            this.iscoMajorGroup = iscoMajorGroup;
            return this;
        }

        public Employment country(String country) {
            this.country = country;
            return this;
        }

        public Employment employmentStatus(EmploymentStatus employmentStatus) {
            this.employmentStatus = employmentStatus;
            return this;
        }

        public Employment from(LocalDate from) {
            this.from = from;
            return this;
        }

        public Employment from(String from) {
            return from(from == null ? null : LocalDate.parse(from));
        }

        public Employment to(LocalDate to) {
            this.to = to;
            return this;
        }

        public Employment to(String to) {
            return to(to == null ? null : LocalDate.parse(to));
        }

        public Employment current(Boolean current) {
            this.current = current;
            return this;
        }

        @JsonValue
        public HumanCapitalRequests.AddEmployment build() {
            return new HumanCapitalRequests.AddEmployment(
                    period, occupationTitle, iscoMajorGroup, country, employmentStatus, from, to, current);
        }
    }
}
