package org.mrc.casework.client.schooling;

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

/** A child's school status from a date on. Recorded once, never edited: a later status is a new row. */
@Entity
@Immutable
@Table(name = "child_schooling")
class ChildSchooling {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SchoolStatus status;

    @Enumerated(EnumType.STRING)
    private SchoolLevel level;

    private Boolean attending;

    @Column(nullable = false)
    private LocalDate since;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ChildSchooling() {}

    /** Callers have checked that only an enrolled child is said to attend. */
    static ChildSchooling record(
            UUID clientId, SchoolingRequests.RecordSchooling request, String recordedBy, Instant recordedAt) {
        ChildSchooling row = new ChildSchooling();
        row.id = Ids.newId();
        row.clientId = clientId;
        row.status = request.status();
        row.level = request.level();
        row.attending = request.attending();
        row.since = request.since();
        row.recordedBy = recordedBy;
        row.recordedAt = recordedAt;
        return row;
    }

    UUID clientId() {
        return clientId;
    }

    SchoolingView view() {
        return new SchoolingView(id, status, level, attending, since, recordedBy, recordedAt);
    }
}
