package org.mrc.casework.referral;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mrc.casework.client.ClientView;
import org.mrc.casework.privacy.DataCategory;
import org.mrc.casework.shared.Ids;

/**
 * A referral of a client to a partner's offering. Status moves only through {@link #move}, which the services call
 * after {@link ReferralTransitions} allowed the move; every move also appends a {@link ReferralEvent}.
 */
@Entity
@Table(name = "referral")
class Referral {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Column(name = "office_id", nullable = false, updatable = false)
    private UUID officeId;

    @Column(name = "offering_id", nullable = false, updatable = false)
    private UUID offeringId;

    /** The partner organisation addressed, or null for a referral to another office ({@link #providerOfficeId}). */
    @Column(name = "partner_id", updatable = false)
    private UUID partnerId;

    @Column(name = "provider_office_id", updatable = false)
    private UUID providerOfficeId;

    @Column(name = "service_type_code", nullable = false, updatable = false)
    private String serviceTypeCode;

    @Column(nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReferralPriority priority;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    private String note;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "shared_categories", columnDefinition = "text[]", nullable = false, updatable = false)
    private List<String> sharedCategories = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status;

    @Column(name = "client_ref", nullable = false, updatable = false)
    private UUID clientRef;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    private ReferralReason closeReason;

    @Column(name = "close_reason_text")
    private String closeReasonText;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private ReferralOutcome outcome;

    @Column(name = "outcome_date")
    private LocalDate outcomeDate;

    @Column(name = "outcome_note")
    private String outcomeNote;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "change_seq", nullable = false)
    private long changeSeq;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Referral() {}

    static Referral draft(
            UUID clientId,
            UUID officeId,
            UUID partnerId,
            UUID providerOfficeId,
            String serviceTypeCode,
            ReferralRequests.CreateReferral request,
            String createdBy,
            long changeSeq,
            Instant now) {
        Referral referral = new Referral();
        referral.id = Ids.newId();
        referral.clientId = clientId;
        referral.officeId = officeId;
        referral.offeringId = request.offeringId();
        referral.partnerId = partnerId;
        referral.providerOfficeId = providerOfficeId;
        referral.serviceTypeCode = serviceTypeCode;
        referral.reason = request.reason();
        referral.priority = request.priority();
        referral.dueDate = request.dueDate();
        referral.note = request.note();
        referral.sharedCategories = EnumSet.copyOf(request.sharedCategories()).stream()
                .map(Enum::name)
                .collect(Collectors.toList());
        referral.status = ReferralStatus.DRAFT;
        referral.clientRef = UUID.randomUUID();
        referral.createdBy = createdBy;
        referral.changeSeq = changeSeq;
        referral.createdAt = now;
        referral.updatedAt = now;
        return referral;
    }

    /** Applies an allowed move; the caller has checked the rule, the reason and the outcome. */
    void move(
            ReferralStatus to, ReferralActor actor, ReferralRequests.StatusChange change, long changeSeq, Instant now) {
        ReferralStatus from = status;
        status = to;
        if (to == ReferralStatus.REQUESTED && requestedAt == null) {
            requestedAt = now;
        }
        if (actor != ReferralActor.REFERRER
                && actor != ReferralActor.SYSTEM
                && from == ReferralStatus.REQUESTED
                && firstResponseAt == null) {
            firstResponseAt = now;
        }
        if (ReferralTransitions.needsReason(to)) {
            closeReason = change.reason();
            closeReasonText = change.reasonText();
        }
        if (ReferralTransitions.needsOutcome(to)) {
            outcome = change.outcome().result();
            outcomeDate = change.outcome().date();
            outcomeNote = change.outcome().note();
            completedAt = now;
        }
        this.changeSeq = changeSeq;
        updatedAt = now;
    }

    boolean erased() {
        return erasedAt != null;
    }

    /** Whether the addressed partner may see it: it was sent (drafts are the referrer's own). */
    boolean shared() {
        return requestedAt != null;
    }

    Set<DataCategory> sharedCategories() {
        return sharedCategories.stream()
                .map(DataCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DataCategory.class)));
    }

    ReferralView view() {
        return new ReferralView(
                id,
                clientId,
                officeId,
                offeringId,
                // an offering of a partner is exactly one HSDS service_at_location, and keeps its id there; in-house
                // offerings of offices are not in the HSDS directory
                providerOfficeId == null ? offeringId : null,
                partnerId,
                providerOfficeId,
                serviceTypeCode,
                reason,
                priority,
                dueDate,
                note,
                sharedCategories(),
                status,
                closeReason,
                closeReasonText,
                outcomeReport(),
                requestedAt,
                firstResponseAt,
                completedAt,
                createdAt,
                updatedAt,
                version,
                null);
    }

    PartnerReferralView partnerView(ClientView client) {
        return new PartnerReferralView(
                id,
                clientRef,
                offeringId,
                offeringId,
                serviceTypeCode,
                reason,
                priority,
                dueDate,
                note,
                sharedCategories(),
                status,
                closeReason,
                closeReasonText,
                outcomeReport(),
                requestedAt,
                firstResponseAt,
                completedAt,
                updatedAt,
                erasedAt,
                version,
                client);
    }

    private ReferralRequests.OutcomeReport outcomeReport() {
        return outcome == null ? null : new ReferralRequests.OutcomeReport(outcome, outcomeDate, outcomeNote);
    }

    UUID id() {
        return id;
    }

    UUID clientId() {
        return clientId;
    }

    UUID officeId() {
        return officeId;
    }

    UUID partnerId() {
        return partnerId;
    }

    UUID providerOfficeId() {
        return providerOfficeId;
    }

    /** Whether this referral is addressed to another office of the network (not a partner organisation). */
    boolean internal() {
        return providerOfficeId != null;
    }

    ReferralStatus status() {
        return status;
    }

    long changeSeq() {
        return changeSeq;
    }

    long version() {
        return version;
    }
}
