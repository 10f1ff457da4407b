package org.mrc.casework.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mrc.casework.privacy.Projection;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.shared.AgeBand;
import org.mrc.casework.shared.Ids;

/** A person the centre serves. Owned by the office that registered them. */
@Entity
@Table(name = "client")
class Client {

    static final int ADULT_AGE = 18;

    @Id
    private UUID id;

    /** The office that owns the case; it changes only by an accepted handover ({@link #handOverTo}). */
    @Column(name = "office_id", nullable = false)
    private UUID officeId;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "family_name")
    private String familyName;

    private String pseudonym;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "other_names", columnDefinition = "text[]")
    private List<String> otherNames = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    @Column(name = "gender_identity")
    private String genderIdentity;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Column(name = "birth_year_estimated", nullable = false)
    private boolean birthYearEstimated;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> nationalities = new ArrayList<>();

    @Column(name = "country_of_birth")
    private String countryOfBirth;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "preferred_languages", columnDefinition = "text[]")
    private List<String> preferredLanguages = new ArrayList<>();

    private String phone;
    private String email;
    private String address;

    @Column(name = "origin_country")
    private String originCountry;

    @Column(name = "origin_locality")
    private String originLocality;

    @Column(name = "current_country")
    private String currentCountry;

    @Column(name = "current_locality")
    private String currentLocality;

    @Enumerated(EnumType.STRING)
    @Column(name = "education_level")
    private EducationLevel educationLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_status")
    private EmploymentStatus employmentStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "social_protection")
    private SocialProtection socialProtection;

    @Enumerated(EnumType.STRING)
    @Column(name = "remittances_sent")
    private RemittanceBand remittancesSent;

    @Enumerated(EnumType.STRING)
    @Column(name = "remittances_received")
    private RemittanceBand remittancesReceived;

    @Column(name = "migration_debt")
    private Boolean migrationDebt;

    @Enumerated(EnumType.STRING)
    @Column(name = "administrative_status", nullable = false)
    private AdministrativeStatus administrativeStatus;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> vulnerabilities = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> roles = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "current_phase")
    private MigrationPhase currentPhase;

    @Column(name = "merged_into")
    private UUID mergedInto;

    /** Set by an executed erasure (lifecycle feature), which empties the record in the same transaction. */
    @Column(name = "erased_at", insertable = false, updatable = false)
    private Instant erasedAt;

    @Column(name = "anonymised_at", insertable = false, updatable = false)
    private Instant anonymisedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Client() {}

    static Client register(UUID officeId, String reference, ClientDetails details, Instant now) {
        Client client = new Client();
        client.id = Ids.newId();
        client.officeId = officeId;
        client.reference = reference;
        client.createdAt = now;
        client.record(details, now);
        return client;
    }

    /** Replaces every recorded attribute (a merge patch has already been applied to the current details). */
    void record(ClientDetails details, Instant now) {
        givenName = details.givenName();
        familyName = details.familyName();
        pseudonym = details.pseudonym();
        otherNames = copy(details.otherNames());
        sex = details.sex() == null ? Sex.UNDISCLOSED : details.sex();
        genderIdentity = details.genderIdentity();
        birthDate = details.birthDate();
        birthYear = details.birthDate() != null
                ? Integer.valueOf(details.birthDate().getYear())
                : details.birthYear();
        birthYearEstimated = details.birthDate() == null && Boolean.TRUE.equals(details.birthYearEstimated());
        nationalities = copy(details.nationalities());
        countryOfBirth = details.countryOfBirth();
        preferredLanguages = copy(details.preferredLanguages());
        phone = details.phone();
        email = details.email();
        address = details.address();
        originCountry = details.originCountry();
        originLocality = details.originLocality();
        currentCountry = details.currentCountry();
        currentLocality = details.currentLocality();
        educationLevel = details.educationLevel();
        employmentStatus = details.employmentStatus();
        socialProtection = details.socialProtection();
        remittancesSent = details.remittancesSent();
        remittancesReceived = details.remittancesReceived();
        migrationDebt = details.migrationDebt();
        administrativeStatus = details.administrativeStatus() == null
                ? AdministrativeStatus.UNDISCLOSED
                : details.administrativeStatus();
        vulnerabilities = names(details.vulnerabilities());
        roles = names(details.roles());
        updatedAt = now;
    }

    /** Keeps the phase of the open episode at hand for search and reporting. */
    void phaseChanged(MigrationPhase phase, Instant now) {
        currentPhase = phase;
        updatedAt = now;
    }

    /** The case moves to another office (an accepted handover); the handover keeps the history. */
    void handOverTo(UUID office, Instant at) {
        officeId = office;
        updatedAt = at;
    }

    /** An erased record is a tombstone: nobody reads or changes it again (410 for everyone who could have). */
    boolean erased() {
        return erasedAt != null;
    }

    /** An anonymised record is counted by the reports and read or changed by nobody. */
    boolean anonymised() {
        return anonymisedAt != null;
    }

    void mergeInto(UUID survivor, Instant now) {
        mergedInto = survivor;
        updatedAt = now;
    }

    void unmerge(Instant now) {
        mergedInto = null;
        updatedAt = now;
    }

    ClientDetails details() {
        return new ClientDetails(
                givenName,
                familyName,
                pseudonym,
                List.copyOf(otherNames),
                sex,
                genderIdentity,
                birthDate,
                birthYear,
                birthYearEstimated,
                List.copyOf(nationalities),
                countryOfBirth,
                List.copyOf(preferredLanguages),
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
                vulnerabilitySet(),
                roleSet());
    }

    /** The record cut down to {@code ceiling}: the only way a client leaves the service. */
    ClientView view(Tier ceiling, LocalDate today) {
        ClientView full = new ClientView(
                id,
                officeId,
                reference,
                givenName,
                familyName,
                pseudonym,
                List.copyOf(otherNames),
                sex,
                genderIdentity,
                birthDate,
                birthYear,
                birthYearEstimated,
                AgeBand.of(birthDate, birthYear, today),
                List.copyOf(nationalities),
                countryOfBirth,
                List.copyOf(preferredLanguages),
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
                vulnerabilitySet(),
                roleSet(),
                currentPhase,
                mergedInto,
                ceiling,
                version);
        return Projection.upTo(full, ceiling, minorOn(today));
    }

    /** Whether the client is a child on {@code today} (as far as the recorded birth date or year tells). */
    boolean minorOn(LocalDate today) {
        Integer age = AgeBand.age(birthDate, birthYear, today);
        return age != null && age < ADULT_AGE;
    }

    ClientSummary summary(Double score) {
        return new ClientSummary(
                id, reference, officeId, displayName(), sex, birthYear, roleSet(), currentPhase, score);
    }

    String displayName() {
        String name = String.join(
                        " ", List.of(givenName == null ? "" : givenName, familyName == null ? "" : familyName))
                .trim();
        return name.isEmpty() ? pseudonym : name;
    }

    UUID id() {
        return id;
    }

    UUID officeId() {
        return officeId;
    }

    String reference() {
        return reference;
    }

    long version() {
        return version;
    }

    UUID mergedInto() {
        return mergedInto;
    }

    private Set<Vulnerability> vulnerabilitySet() {
        return vulnerabilities.stream()
                .map(Vulnerability::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Vulnerability.class)));
    }

    private Set<ClientRole> roleSet() {
        return roles.stream()
                .map(ClientRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ClientRole.class)));
    }

    private static List<String> copy(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }

    private static <E extends Enum<E>> List<String> names(Collection<E> values) {
        return values == null
                ? new ArrayList<>()
                : values.stream().map(Enum::name).sorted().collect(Collectors.toCollection(ArrayList::new));
    }
}
