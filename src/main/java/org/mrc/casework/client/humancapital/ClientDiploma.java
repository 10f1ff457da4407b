package org.mrc.casework.client.humancapital;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.mrc.casework.client.EducationLevel;
import org.mrc.casework.shared.Ids;

/**
 * A diploma a client holds, with its recognition history per country. The history only grows: a status is never
 * edited, a later entry supersedes it. Appending an entry changes the diploma's version.
 */
@Entity
@Table(name = "client_diploma")
class ClientDiploma {

    /** The order of the history: by effective date; a status recorded later wins a tie. */
    static final Comparator<DiplomaRecognition> EFFECTIVE_ORDER = Comparator.comparing(DiplomaRecognition::effectiveOn)
            .thenComparing(DiplomaRecognition::recordedAt)
            .thenComparing(DiplomaRecognition::id);

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Column(nullable = false, updatable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EducationLevel level;

    @Column(updatable = false)
    private String field;

    @Column(name = "issuing_country", nullable = false, updatable = false)
    private String issuingCountry;

    @Column(updatable = false)
    private Integer year;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    // The database removes the history with the diploma (its append-only trigger refuses any other deletion).
    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "diploma_id", nullable = false, updatable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @OrderBy("effectiveOn, recordedAt, id")
    private List<DiplomaRecognition> recognitions = new ArrayList<>();

    @Version
    private long version;

    protected ClientDiploma() {}

    static ClientDiploma add(
            UUID clientId,
            String title,
            EducationLevel level,
            String field,
            String issuingCountry,
            Integer year,
            Instant now) {
        ClientDiploma diploma = new ClientDiploma();
        diploma.id = Ids.newId();
        diploma.clientId = clientId;
        diploma.title = title.strip();
        diploma.level = level;
        diploma.field = field == null || field.isBlank() ? null : field.strip();
        diploma.issuingCountry = issuingCountry;
        diploma.year = year;
        diploma.createdAt = now;
        return diploma;
    }

    /** Whether a status can take effect on {@code date}: not before the year the diploma was issued. */
    boolean issuedBy(LocalDate date) {
        return year == null || date.getYear() >= year;
    }

    /** Appends a status in a country; callers must have checked {@link #issuedBy} for its date. */
    DiplomaRecognition recognise(
            String country,
            RecognitionStatus status,
            LocalDate effectiveOn,
            String note,
            String recordedBy,
            Instant now) {
        if (!issuedBy(effectiveOn)) {
            throw new IllegalStateException("A recognition cannot take effect before the diploma was issued");
        }
        DiplomaRecognition entry = DiplomaRecognition.of(country, status, effectiveOn, note, recordedBy, now);
        recognitions.add(entry);
        return entry;
    }

    /** One entry of the recognition history, as seen in this diploma's view. */
    Optional<RecognitionView> recognition(UUID entryId) {
        return recognitions.stream()
                .filter(entry -> entry.id().equals(entryId))
                .map(entry -> entry.view(id))
                .findFirst();
    }

    int historySize() {
        return recognitions.size();
    }

    DiplomaView view() {
        List<DiplomaRecognition> history =
                recognitions.stream().sorted(EFFECTIVE_ORDER).toList();
        Map<String, DiplomaRecognition> current = new LinkedHashMap<>();
        history.stream()
                .sorted(Comparator.comparing(DiplomaRecognition::country).thenComparing(EFFECTIVE_ORDER))
                .forEach(entry -> current.put(entry.country(), entry));
        return new DiplomaView(
                id,
                title,
                level,
                field,
                issuingCountry,
                year,
                current.values().stream().map(entry -> entry.view(id)).toList(),
                history.stream().map(entry -> entry.view(id)).toList(),
                version);
    }

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }
}
