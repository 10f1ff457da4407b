package org.mrc.casework.referral;

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

/** One status change of a referral; never changed (the database refuses updates and deletes). */
@Entity
@Table(name = "referral_event")
class ReferralEvent {

    @Id
    private UUID id;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private ReferralStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private ReferralStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReferralActor actor;

    @Column(name = "actor_subject", updatable = false)
    private String actorSubject;

    @Column(name = "organisation_id", updatable = false)
    private UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ReferralReason reason;

    @Column(name = "reason_text", updatable = false)
    private String reasonText;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ReferralOutcome outcome;

    @Column(name = "outcome_date", updatable = false)
    private LocalDate outcomeDate;

    @Column(name = "outcome_note", updatable = false)
    private String outcomeNote;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected ReferralEvent() {}

    static ReferralEvent of(
            UUID referralId,
            ReferralStatus from,
            ReferralStatus to,
            ReferralActor actor,
            String actorSubject,
            UUID organisationId,
            ReferralRequests.StatusChange change,
            Instant at) {
        ReferralEvent event = new ReferralEvent();
        event.id = Ids.newId();
        event.referralId = referralId;
        event.fromStatus = from;
        event.toStatus = to;
        event.actor = actor;
        event.actorSubject = actorSubject;
        event.organisationId = organisationId;
        if (change != null) {
            event.reason = change.reason();
            event.reasonText = change.reasonText();
            if (change.outcome() != null) {
                event.outcome = change.outcome().result();
                event.outcomeDate = change.outcome().date();
                event.outcomeNote = change.outcome().note();
            }
        }
        event.occurredAt = at;
        return event;
    }

    ReferralEventView view() {
        return new ReferralEventView(
                id,
                fromStatus,
                toStatus,
                actor,
                organisationId,
                reason,
                reasonText,
                outcome == null ? null : new ReferralRequests.OutcomeReport(outcome, outcomeDate, outcomeNote),
                occurredAt);
    }
}
