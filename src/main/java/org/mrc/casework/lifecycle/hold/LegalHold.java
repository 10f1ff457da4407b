package org.mrc.casework.lifecycle.hold;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.mrc.casework.shared.Ids;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.ProblemType;

/** A legal hold on a client. Placed once, released at most once; the end date never moves. */
@Entity
@Table(name = "legal_hold")
class LegalHold {

    static final ProblemType ALREADY_RELEASED =
            new ProblemType("legal-hold-released", 409, "The legal hold was already released");

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LegalHoldReason reason;

    @Column(name = "ends_on", nullable = false, updatable = false)
    private LocalDate endsOn;

    @Column(name = "placed_by", nullable = false, updatable = false)
    private String placedBy;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    @Column(name = "released_by")
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Version
    private long version;

    protected LegalHold() {}

    static LegalHold place(UUID clientId, PlaceLegalHold request, String by, Instant now) {
        LegalHold hold = new LegalHold();
        hold.id = Ids.newId();
        hold.clientId = clientId;
        hold.reason = request.reason();
        hold.endsOn = request.endsOn();
        hold.placedBy = by;
        hold.placedAt = now;
        return hold;
    }

    void release(String by, Instant now) {
        if (releasedAt != null) {
            throw ApiException.conflict(ALREADY_RELEASED, "A hold is released once", Map.of());
        }
        releasedBy = by;
        releasedAt = now;
    }

    UUID clientId() {
        return clientId;
    }

    long version() {
        return version;
    }

    LegalHoldView view(LocalDate today) {
        boolean active = releasedAt == null && !endsOn.isBefore(today);
        return new LegalHoldView(id, clientId, reason, endsOn, placedAt, releasedAt, active, version);
    }
}
