package org.mrc.casework.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mrc.casework.client.ClientRole;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.client.Sex;
import org.mrc.casework.shared.Ids;
import org.mrc.casework.shared.TerritorySide;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;

/**
 * A service type offered by exactly one provider: a partner organisation at one of its locations, or an office of
 * the centre (in-house). The service type code is copied (codes never change) so that searches need no join; the
 * country and locality are copied from the location or office and kept in step when a location moves.
 */
@Entity
@Table(name = "offering")
class Offering {

    @Id
    private UUID id;

    @Column(name = "service_type_id", nullable = false, updatable = false)
    private UUID serviceTypeId;

    @Column(name = "service_type_code", nullable = false, updatable = false)
    private String serviceTypeCode;

    @Column(name = "partner_id", updatable = false)
    private UUID partnerId;

    @Column(name = "location_id", updatable = false)
    private UUID locationId;

    @Column(name = "provider_office_id", updatable = false)
    private UUID providerOfficeId;

    @Column(nullable = false)
    private String country;

    private String locality;

    private String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> languages = new ArrayList<>();

    private String eligibility;

    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "max_age")
    private Integer maxAge;

    private String fees;

    @Column(name = "capacity_note")
    private String capacityNote;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligible_phases", columnDefinition = "text[]", nullable = false)
    private List<String> eligiblePhases = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligible_roles", columnDefinition = "text[]", nullable = false)
    private List<String> eligibleRoles = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligible_sexes", columnDefinition = "text[]", nullable = false)
    private List<String> eligibleSexes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "territory_side")
    private TerritorySide territorySide;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligible_languages", columnDefinition = "text[]", nullable = false)
    private List<String> eligibleLanguages = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "residence_areas", columnDefinition = "text[]", nullable = false)
    private List<String> residenceAreas = new ArrayList<>();

    @Column(name = "extended_mainstream", nullable = false)
    private boolean extendedMainstream;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferingStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Offering() {}

    static Offering byPartner(
            UUID serviceTypeId,
            String serviceTypeCode,
            PartnerLocation location,
            DirectoryRequests.Terms terms,
            Instant now) {
        Offering offering = create(serviceTypeId, serviceTypeCode, terms, now);
        offering.partnerId = location.partnerId();
        offering.locationId = location.id();
        offering.locatedAt(location.country(), location.locality());
        return offering;
    }

    static Offering inHouse(
            UUID serviceTypeId,
            String serviceTypeCode,
            UUID officeId,
            String country,
            String locality,
            DirectoryRequests.Terms terms,
            Instant now) {
        Offering offering = create(serviceTypeId, serviceTypeCode, terms, now);
        offering.providerOfficeId = officeId;
        offering.locatedAt(country, locality);
        return offering;
    }

    private static Offering create(
            UUID serviceTypeId, String serviceTypeCode, DirectoryRequests.Terms terms, Instant now) {
        Offering offering = new Offering();
        offering.id = Ids.newId();
        offering.serviceTypeId = serviceTypeId;
        offering.serviceTypeCode = serviceTypeCode;
        offering.status = OfferingStatus.ACTIVE;
        offering.createdAt = now;
        offering.revise(terms, "$.terms", now);
        return offering;
    }

    /** Replaces the terms; {@code path} is where the terms sit in the request, for field errors. */
    void revise(DirectoryRequests.Terms terms, String path, Instant now) {
        if (terms.minAge() != null && terms.maxAge() != null && terms.minAge() > terms.maxAge()) {
            throw ApiException.invalid(FieldError.body(path + ".maxAge", "must not be below minAge"));
        }
        description = terms.description();
        languages = terms.languages() == null
                ? List.of()
                : terms.languages().stream().distinct().toList();
        eligibility = terms.eligibility();
        minAge = terms.minAge();
        maxAge = terms.maxAge();
        fees = terms.fees();
        capacityNote = terms.capacityNote();
        EligibilityRules rules = terms.rules();
        eligiblePhases = names(rules.phases());
        eligibleRoles = names(rules.roles());
        eligibleSexes = names(rules.sexes());
        territorySide = rules.territorySide();
        eligibleLanguages = new ArrayList<>(rules.languages());
        residenceAreas = new ArrayList<>(rules.residenceAreas());
        extendedMainstream = rules.extendedMainstream();
        updatedAt = now;
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    }

    /** The rules as recorded. */
    EligibilityRules rules() {
        return new EligibilityRules(
                eligiblePhases.stream().map(MigrationPhase::valueOf).collect(Collectors.toSet()),
                eligibleRoles.stream().map(ClientRole::valueOf).collect(Collectors.toSet()),
                eligibleSexes.stream().map(Sex::valueOf).collect(Collectors.toSet()),
                territorySide,
                eligibleLanguages,
                residenceAreas,
                extendedMainstream);
    }

    void changeStatus(OfferingStatus newStatus, Instant now) {
        status = newStatus;
        updatedAt = now;
    }

    private void locatedAt(String country, String locality) {
        this.country = country;
        this.locality = locality;
    }

    OfferingView view() {
        return new OfferingView(
                id,
                serviceTypeId,
                serviceTypeCode,
                partnerId,
                locationId,
                providerOfficeId,
                country,
                locality,
                description,
                List.copyOf(languages),
                eligibility,
                minAge,
                maxAge,
                fees,
                capacityNote,
                rules(),
                status,
                version);
    }

    UUID id() {
        return id;
    }

    UUID partnerId() {
        return partnerId;
    }

    UUID providerOfficeId() {
        return providerOfficeId;
    }

    long version() {
        return version;
    }
}
