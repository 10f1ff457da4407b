package org.mrc.casework.handover;

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
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mrc.casework.shared.Ids;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.ProblemType;

/** A proposal to move a case to another office, and its answer. Only a proposed handover may be answered, once. */
@Entity
@Table(name = "case_handover")
class CaseHandover {

    static final ProblemType ALREADY_ANSWERED =
            new ProblemType("handover-answered", 409, "The handover has already been answered");

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Column(name = "from_office_id", nullable = false, updatable = false)
    private UUID fromOfficeId;

    @Column(name = "to_office_id", nullable = false, updatable = false)
    private UUID toOfficeId;

    @Column(name = "consent_id", nullable = false, updatable = false)
    private UUID consentId;

    @Column(nullable = false, updatable = false)
    private String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "member_ids", columnDefinition = "uuid[]", nullable = false, updatable = false)
    private List<UUID> memberIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HandoverStatus status;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Version
    private long version;

    protected CaseHandover() {}

    static CaseHandover propose(
            UUID clientId,
            UUID fromOfficeId,
            UUID toOfficeId,
            UUID consentId,
            String summary,
            List<UUID> memberIds,
            String by,
            Instant at) {
        CaseHandover handover = new CaseHandover();
        handover.id = Ids.newId();
        handover.clientId = clientId;
        handover.fromOfficeId = fromOfficeId;
        handover.toOfficeId = toOfficeId;
        handover.consentId = consentId;
        handover.summary = summary.strip();
        handover.memberIds = new ArrayList<>(memberIds);
        handover.status = HandoverStatus.PROPOSED;
        handover.proposedBy = by;
        handover.proposedAt = at;
        return handover;
    }

    /** The answer: accepted, declined (by the receiving office) or withdrawn (by the sending one). */
    void answer(HandoverStatus answer, String by, Instant at, String note) {
        if (status != HandoverStatus.PROPOSED) {
            throw ApiException.conflict(
                    ALREADY_ANSWERED, "Only a proposed handover can be answered", Map.of("status", status.name()));
        }
        status = answer;
        decidedBy = by;
        decidedAt = at;
        decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    HandoverView view() {
        return new HandoverView(
                id,
                clientId,
                fromOfficeId,
                toOfficeId,
                consentId,
                summary,
                List.copyOf(memberIds),
                status,
                proposedBy,
                proposedAt,
                decidedBy,
                decidedAt,
                decisionNote,
                version);
    }

    UUID id() {
        return id;
    }

    UUID clientId() {
        return clientId;
    }

    UUID fromOfficeId() {
        return fromOfficeId;
    }

    UUID toOfficeId() {
        return toOfficeId;
    }

    List<UUID> memberIds() {
        return List.copyOf(memberIds);
    }

    HandoverStatus status() {
        return status;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    long version() {
        return version;
    }

    /**
     * The office that has the case in hand for this record: both while proposed, the receiving office once accepted,
     * the sending office once declined or withdrawn (the case stayed there).
     */
    boolean heldBy(java.util.Set<UUID> offices) {
        return switch (status) {
            case PROPOSED -> offices.contains(fromOfficeId) || offices.contains(toOfficeId);
            case ACCEPTED -> offices.contains(toOfficeId);
            case DECLINED, WITHDRAWN -> offices.contains(fromOfficeId);
        };
    }
}
