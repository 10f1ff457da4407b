package org.mrc.casework.client.humancapital;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.mrc.casework.shared.Ids;

/** One entry of a diploma's recognition history. Never changed once recorded (the table refuses updates). */
@Entity
@Immutable
@Table(name = "diploma_recognition")
class DiplomaRecognition {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecognitionStatus status;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DiplomaRecognition() {}

    static DiplomaRecognition of(
            String country,
            RecognitionStatus status,
            LocalDate effectiveOn,
            String note,
            String recordedBy,
            Instant now) {
        DiplomaRecognition entry = new DiplomaRecognition();
        entry.id = Ids.newId();
        entry.country = country;
        entry.status = status;
        entry.effectiveOn = effectiveOn;
        entry.note = note == null || note.isBlank() ? null : note.strip();
        entry.recordedBy = recordedBy;
        // stored with microsecond precision: keep the same value in the response as in later reads
        entry.recordedAt = now;
        return entry;
    }

    RecognitionView view(UUID diplomaId) {
        return new RecognitionView(id, diplomaId, country, status, effectiveOn, note, recordedBy, recordedAt);
    }

    UUID id() {
        return id;
    }

    String country() {
        return country;
    }

    LocalDate effectiveOn() {
        return effectiveOn;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
