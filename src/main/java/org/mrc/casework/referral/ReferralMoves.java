package org.mrc.casework.referral;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.consent.ConsentCheck;
import org.mrc.casework.consent.ConsentPurpose;
import org.mrc.casework.partner.PartnerService;
import org.mrc.casework.partner.PartnerType;
import org.mrc.casework.privacy.DataCategory;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;
import org.mrc.casework.webhook.WebhookEventType;
import org.mrc.casework.webhook.WebhookEvents;

/**
 * The one way a referral changes status, for staff, partners and the service alike: the move must be in
 * {@link ReferralTransitions} for the actor, carry its reason or outcome, and (draft to requested) be covered by the
 * client's consent; then the referral takes a new change number and the move is appended to its history. Access
 * control and If-Match are the callers' business.
 */
@ApplicationScoped
class ReferralMoves {

    static final ProblemType TRANSITION_NOT_ALLOWED =
            new ProblemType("transition-not-allowed", 409, "This status change is not allowed");

    /** Reasons only the service gives. */
    private static final EnumSet<ReferralReason> SYSTEM_REASONS =
            EnumSet.of(ReferralReason.EXPIRED, ReferralReason.CONSENT_WITHDRAWN, ReferralReason.SUBJECT_ERASURE);

    private final ReferralRepository referrals;
    private final ReferralEventRepository events;
    private final ConsentCheck consent;
    private final PartnerService partners;
    private final WebhookEvents webhooks;
    private final Clock clock;

    ReferralMoves(
            ReferralRepository referrals,
            ReferralEventRepository events,
            ConsentCheck consent,
            PartnerService partners,
            WebhookEvents webhooks,
            Clock clock) {
        this.referrals = referrals;
        this.events = events;
        this.consent = consent;
        this.partners = partners;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /** Records a new draft and its creation in the history. */
    void created(Referral referral, String subject) {
        referrals.persist(referral);
        events.persist(ReferralEvent.of(
                referral.id(),
                null,
                ReferralStatus.DRAFT,
                ReferralActor.REFERRER,
                subject,
                referral.officeId(),
                null,
                clock.instant()));
        referrals.flush();
    }

    void move(
            Referral referral,
            ReferralActor actor,
            String subject,
            UUID organisationId,
            ReferralRequests.StatusChange change) {
        ReferralStatus from = referral.status();
        ReferralStatus to = change.status();
        if (!ReferralTransitions.permits(actor, from, to)) {
            throw ApiException.conflict(
                    TRANSITION_NOT_ALLOWED,
                    "The referral cannot move from " + from.code() + " to " + to.code() + " for this caller",
                    Map.of(
                            "status",
                            from.code(),
                            "allowed",
                            ReferralTransitions.allowed(actor, from).stream()
                                    .map(ReferralStatus::code)
                                    .toList()));
        }
        validate(actor, change);
        Instant now = clock.instant();
        if (to == ReferralStatus.REQUESTED) {
            if (referral.internal()) {
                consent.requireForOffice(
                        referral.clientId(),
                        referral.providerOfficeId(),
                        referral.sharedCategories(),
                        ConsentPurpose.REFERRAL_SHARING,
                        now);
            } else {
                consent.require(
                        referral.clientId(),
                        referral.partnerId(),
                        partnerTypes(referral.partnerId()),
                        referral.sharedCategories(),
                        ConsentPurpose.REFERRAL_SHARING,
                        now);
            }
        }
        referral.move(to, actor, change, referrals.nextChangeSeq(), now);
        events.persist(ReferralEvent.of(referral.id(), from, to, actor, subject, organisationId, change, now));
        referrals.flush();
        announced(from, to, change.reason())
                .ifPresent(type -> webhooks.publish(type, referral.id(), referral.partnerId()));
    }

    /**
     * The webhook event a move announces to the partner: the referral reaching it, and the end of a referral it had
     * received (cancelled, expired, or cancelled because the client withdrew consent). A draft never reached it.
     */
    static Optional<WebhookEventType> announced(ReferralStatus from, ReferralStatus to, ReferralReason reason) {
        if (to == ReferralStatus.REQUESTED) {
            return Optional.of(WebhookEventType.REFERRAL_SENT);
        }
        if (to != ReferralStatus.CANCELLED || from == ReferralStatus.DRAFT) {
            return Optional.empty();
        }
        if (reason == ReferralReason.EXPIRED) {
            return Optional.of(WebhookEventType.REFERRAL_EXPIRED);
        }
        if (reason == ReferralReason.CONSENT_WITHDRAWN) {
            return Optional.of(WebhookEventType.REFERRAL_WITHDRAWN);
        }
        return Optional.of(WebhookEventType.REFERRAL_CANCELLED);
    }

    /** The categories a consent in effect at {@code at} no longer covers for the referral's receiver. */
    Set<DataCategory> uncovered(Referral referral, Instant at) {
        if (referral.internal()) {
            return consent.missingForOffice(
                    referral.clientId(),
                    referral.providerOfficeId(),
                    referral.sharedCategories(),
                    ConsentPurpose.REFERRAL_SHARING,
                    at);
        }
        return consent.missing(
                referral.clientId(),
                referral.partnerId(),
                partnerTypes(referral.partnerId()),
                referral.sharedCategories(),
                ConsentPurpose.REFERRAL_SHARING,
                at);
    }

    Set<PartnerType> partnerTypes(UUID partnerId) {
        List<PartnerType> types = partners.get(partnerId).types();
        return types.isEmpty() ? EnumSet.noneOf(PartnerType.class) : EnumSet.copyOf(types);
    }

    private static void validate(ReferralActor actor, ReferralRequests.StatusChange change) {
        List<FieldError> errors = new ArrayList<>();
        ReferralStatus to = change.status();
        if (ReferralTransitions.needsReason(to)) {
            if (change.reason() == null) {
                errors.add(FieldError.body("$.reason", "required for " + to.code()));
            } else if (actor != ReferralActor.SYSTEM && SYSTEM_REASONS.contains(change.reason())) {
                errors.add(FieldError.body("$.reason", "given by the service only"));
            } else if (change.reason() == ReferralReason.OTHER
                    && (change.reasonText() == null || change.reasonText().isBlank())) {
                errors.add(FieldError.body("$.reasonText", "required when reason is OTHER"));
            }
        } else {
            if (change.reason() != null) {
                errors.add(FieldError.body("$.reason", "only for rejected, cancelled and failed"));
            }
            if (change.reasonText() != null) {
                errors.add(FieldError.body("$.reasonText", "only for rejected, cancelled and failed"));
            }
        }
        ReferralRequests.OutcomeReport outcome = change.outcome();
        if (ReferralTransitions.needsOutcome(to)) {
            if (outcome == null) {
                errors.add(FieldError.body("$.outcome", "required for completed"));
            } else {
                if (outcome.result() == null) {
                    errors.add(FieldError.body("$.outcome.result", "required for completed"));
                }
                if (outcome.date() == null) {
                    errors.add(FieldError.body("$.outcome.date", "required for completed"));
                }
                if (outcome.note() == null || outcome.note().isBlank()) {
                    errors.add(FieldError.body("$.outcome.note", "required for completed"));
                }
            }
        } else if (outcome != null) {
            errors.add(FieldError.body("$.outcome", "only for completed"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid", errors);
        }
    }
}
