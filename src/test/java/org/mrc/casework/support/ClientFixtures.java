package org.mrc.casework.support;

import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.annotation.JsonValue;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.client.AdministrativeStatus;
import org.mrc.casework.client.ClientDetails;
import org.mrc.casework.client.ClientRole;
import org.mrc.casework.client.EducationLevel;
import org.mrc.casework.client.EmploymentStatus;
import org.mrc.casework.client.RemittanceBand;
import org.mrc.casework.client.Sex;
import org.mrc.casework.client.SocialProtection;
import org.mrc.casework.client.Vulnerability;

/** Registers clients with unique names through the API, as a caseworker of the given office would. */
public final class ClientFixtures {

    private ClientFixtures() {}

    /** A unique, pronounceable family name, so that searches in one test never see another test's clients. */
    public static String uniqueName() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return "Zz" + (letters + "abcdefabcdef").substring(0, 8);
    }

    /** A Ukrainian woman with an irregular status, a phone of her own and every S1/S2 field a test may read back. */
    public static Person person(String given, String family) {
        return new Person()
                .givenName(given)
                .familyName(family)
                .sex(Sex.FEMALE)
                .birthDate("1988-04-02")
                .nationalities(List.of("UA"))
                .preferredLanguages(List.of("uk"))
                .phone("+380 44 " + (1000000 + (int) (Math.random() * 8999999)))
                .administrativeStatus(AdministrativeStatus.IRREGULAR)
                .vulnerabilities(Set.of(Vulnerability.PSYCHOSOCIAL_NEED))
                .genderIdentity("woman")
                .email("someone@example.org")
                .employmentStatus(EmploymentStatus.INFORMAL)
                .roles(Set.of(ClientRole.RETURNEE));
    }

    /** Registers {@code body} in the caseworker's office (duplicate check confirmed away) and returns the response. */
    public static Response register(String officeCode, Person body) {
        Response response = Api.as(Tokens.staff("caseworker", officeCode))
                .queryParam("confirmNotDuplicate", true)
                .body(body)
                .post("/clients");
        response.then().statusCode(201).body("reference", startsWith(officeCode + "-"));
        return response;
    }

    public static String registerId(String officeCode, Person body) {
        return register(officeCode, body).path("id");
    }

    /** A {@link ClientDetails} body built field by field: a misspelt field does not compile. */
    public static final class Person {

        private String givenName;
        private String familyName;
        private String pseudonym;
        private List<String> otherNames;
        private Sex sex;
        private String genderIdentity;
        private LocalDate birthDate;
        private Integer birthYear;
        private Boolean birthYearEstimated;
        private List<String> nationalities;
        private String countryOfBirth;
        private List<String> preferredLanguages;
        private String phone;
        private String email;
        private String address;
        private String originCountry;
        private String originLocality;
        private String currentCountry;
        private String currentLocality;
        private EducationLevel educationLevel;
        private EmploymentStatus employmentStatus;
        private SocialProtection socialProtection;
        private RemittanceBand remittancesSent;
        private RemittanceBand remittancesReceived;
        private Boolean migrationDebt;
        private AdministrativeStatus administrativeStatus;
        private Set<Vulnerability> vulnerabilities;
        private Set<ClientRole> roles;

        public Person givenName(String givenName) {
            this.givenName = givenName;
            return this;
        }

        public Person familyName(String familyName) {
            this.familyName = familyName;
            return this;
        }

        public Person pseudonym(String pseudonym) {
            this.pseudonym = pseudonym;
            return this;
        }

        public Person otherNames(List<String> otherNames) {
            this.otherNames = otherNames;
            return this;
        }

        public Person sex(Sex sex) {
            this.sex = sex;
            return this;
        }

        public Person genderIdentity(String genderIdentity) {
            this.genderIdentity = genderIdentity;
            return this;
        }

        public Person birthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        public Person birthDate(String birthDate) {
            return birthDate(birthDate == null ? null : LocalDate.parse(birthDate));
        }

        public Person birthYear(Integer birthYear) {
            this.birthYear = birthYear;
            return this;
        }

        public Person birthYearEstimated(Boolean birthYearEstimated) {
            this.birthYearEstimated = birthYearEstimated;
            return this;
        }

        public Person nationalities(List<String> nationalities) {
            this.nationalities = nationalities;
            return this;
        }

        public Person countryOfBirth(String countryOfBirth) {
            this.countryOfBirth = countryOfBirth;
            return this;
        }

        public Person preferredLanguages(List<String> preferredLanguages) {
            this.preferredLanguages = preferredLanguages;
            return this;
        }

        public Person phone(String phone) {
            this.phone = phone;
            return this;
        }

        public Person email(String email) {
            this.email = email;
            return this;
        }

        public Person address(String address) {
            this.address = address;
            return this;
        }

        public Person originCountry(String originCountry) {
            this.originCountry = originCountry;
            return this;
        }

        public Person originLocality(String originLocality) {
            this.originLocality = originLocality;
            return this;
        }

        public Person currentCountry(String currentCountry) {
            this.currentCountry = currentCountry;
            return this;
        }

        public Person currentLocality(String currentLocality) {
            this.currentLocality = currentLocality;
            return this;
        }

        public Person educationLevel(EducationLevel educationLevel) {
            this.educationLevel = educationLevel;
            return this;
        }

        public Person employmentStatus(EmploymentStatus employmentStatus) {
            this.employmentStatus = employmentStatus;
            return this;
        }

        public Person socialProtection(SocialProtection socialProtection) {
            this.socialProtection = socialProtection;
            return this;
        }

        public Person remittancesSent(RemittanceBand remittancesSent) {
            this.remittancesSent = remittancesSent;
            return this;
        }

        public Person remittancesReceived(RemittanceBand remittancesReceived) {
            this.remittancesReceived = remittancesReceived;
            return this;
        }

        public Person migrationDebt(Boolean migrationDebt) {
            this.migrationDebt = migrationDebt;
            return this;
        }

        public Person administrativeStatus(AdministrativeStatus administrativeStatus) {
            this.administrativeStatus = administrativeStatus;
            return this;
        }

        public Person vulnerabilities(Set<Vulnerability> vulnerabilities) {
            this.vulnerabilities = vulnerabilities;
            return this;
        }

        public Person roles(Set<ClientRole> roles) {
            this.roles = roles;
            return this;
        }

        @JsonValue
        public ClientDetails build() {
            return new ClientDetails(
                    givenName,
                    familyName,
                    pseudonym,
                    otherNames,
                    sex,
                    genderIdentity,
                    birthDate,
                    birthYear,
                    birthYearEstimated,
                    nationalities,
                    countryOfBirth,
                    preferredLanguages,
                    phone,
                    email,
                    address,
                    originCountry,
                    originLocality,
                    currentCountry,
                    currentLocality,
                    educationLevel,
                    employmentStatus,
                    socialProtection,
                    remittancesSent,
                    remittancesReceived,
                    migrationDebt,
                    administrativeStatus,
                    vulnerabilities,
                    roles);
        }
    }
}
