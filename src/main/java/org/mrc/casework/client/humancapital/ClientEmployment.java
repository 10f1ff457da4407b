package org.mrc.casework.client.humancapital;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import org.mrc.casework.client.EmploymentStatus;
import org.mrc.casework.shared.Ids;

/**
 * An occupation (or a spell without work) of a client in one period of the migration cycle, with its ISCO-08 major
 * group so that occupations can be compared with education. A current one can be ended; the rest is fixed.
 */
@Entity
@Table(name = "client_employment")
class ClientEmployment {

    /** Periods in cycle order, then by start (unknown starts first), then in the order they were recorded. */
    static final Comparator<ClientEmployment> HISTORY_ORDER = Comparator.comparing((ClientEmployment e) -> e.period)
            .thenComparing(e -> e.from, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(e -> e.id);

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EmploymentPeriod period;

    @Column(name = "occupation_title", updatable = false)
    private String occupationTitle;

    @Column(name = "isco_major_group", updatable = false)
    private Short iscoMajorGroup;

    @Column(updatable = false)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_status", nullable = false, updatable = false)
    private EmploymentStatus employmentStatus;

    @Column(name = "from_date", updatable = false)
    private LocalDate from;

    @Column(name = "to_date")
    private LocalDate to;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ClientEmployment() {}

    /** Callers must have checked the rules of {@code HumanCapitalService} (dates in order, current has no end). */
    static ClientEmployment add(
            UUID clientId,
            EmploymentPeriod period,
            String occupationTitle,
            Integer iscoMajorGroup,
            String country,
            EmploymentStatus employmentStatus,
            LocalDate from,
            LocalDate to,
            boolean current,
            Instant now) {
        ClientEmployment employment = new ClientEmployment();
        employment.id = Ids.newId();
        employment.clientId = clientId;
        employment.period = period;
        employment.occupationTitle =
                occupationTitle == null || occupationTitle.isBlank() ? null : occupationTitle.strip();
        employment.iscoMajorGroup = iscoMajorGroup == null ? null : iscoMajorGroup.shortValue();
        employment.country = country;
        employment.employmentStatus = employmentStatus;
        employment.from = from;
        employment.to = to;
        employment.current = current;
        employment.createdAt = now;
        employment.updatedAt = employment.createdAt;
        return employment;
    }

    /** The client no longer holds this occupation, from {@code on} (not before it started). */
    void end(LocalDate on, Instant now) {
        if (!current || (from != null && on.isBefore(from))) {
            throw new IllegalStateException("Only a current occupation ends, and not before it started");
        }
        to = on;
        current = false;
        updatedAt = now;
    }

    boolean current() {
        return current;
    }

    LocalDate from() {
        return from;
    }

    long version() {
        return version;
    }

    EmploymentView view() {
        return new EmploymentView(
                id,
                period,
                occupationTitle,
                iscoMajorGroup == null ? null : iscoMajorGroup.intValue(),
                country,
                employmentStatus,
                from,
                to,
                current,
                version);
    }
}
