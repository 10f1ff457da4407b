package org.mrc.casework.lifecycle.erasure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.mrc.casework.shared.Ids;

/** A recorded erasure request and its decision, taken when it is recorded. Never changes afterwards. */
@Entity
@Table(name = "erasure_request")
class ErasureRequest {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Column(name = "office_id", nullable = false, updatable = false)
    private UUID officeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by", nullable = false, updatable = false)
    private ErasureRequester requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ErasureGround ground;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ErasureStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_reason", updatable = false)
    private ErasureRefusal refusalReason;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected ErasureRequest() {}

    /** The request, decided: refused for {@code refusal}, or (when null) to be executed now. */
    static ErasureRequest decided(
            UUID clientId,
            UUID officeId,
            RequestErasure request,
            String recordedBy,
            ErasureRefusal refusal,
            Instant now) {
        ErasureRequest recorded = new ErasureRequest();
        recorded.id = Ids.newId();
        recorded.clientId = clientId;
        recorded.officeId = officeId;
        recorded.requestedBy = request.requestedBy();
        recorded.ground = request.ground();
        recorded.receivedOn = request.receivedOn();
        recorded.recordedBy = recordedBy;
        recorded.recordedAt = now;
        recorded.status = refusal == null ? ErasureStatus.EXECUTED : ErasureStatus.REFUSED;
        recorded.refusalReason = refusal;
        recorded.decidedAt = now;
        return recorded;
    }

    boolean executed() {
        return status == ErasureStatus.EXECUTED;
    }

    UUID id() {
        return id;
    }

    UUID officeId() {
        return officeId;
    }

    ErasureRequestView view() {
        return new ErasureRequestView(
                id, clientId, officeId, requestedBy, ground, receivedOn, status, refusalReason, recordedAt, decidedAt);
    }
}
