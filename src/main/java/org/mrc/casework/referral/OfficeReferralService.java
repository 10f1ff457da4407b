package org.mrc.casework.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.office.OfficeScope;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.paging.Cursor;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageRequest;
import org.mrc.casework.shared.problem.ApiException;

/**
 * Referrals inside the network as the receiving office's staff see and answer them: those sent to an in-house
 * offering of an office in the caller's scope, with the same lifecycle and history as a partner's (actor OFFICE).
 * Drafts and referrals to other receivers do not exist for them (404). While such a referral is open the office reads
 * the client through {@link ReferralGrant}; the case stays with the referring office. Every call is audited.
 */
@ApplicationScoped
public class OfficeReferralService {

    private static final Cursor.Shape INCOMING = Cursor.shape("incoming-referrals", Cursor.Key.UUID);

    private final ReferralRepository referrals;
    private final ReferralEventRepository events;
    private final ReferralMoves moves;
    private final OfficeScope scope;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    OfficeReferralService(
            ReferralRepository referrals,
            ReferralEventRepository events,
            ReferralMoves moves,
            OfficeScope scope,
            Idempotency idempotency,
            CurrentCaller caller) {
        this.referrals = referrals;
        this.events = events;
        this.moves = moves;
        this.scope = scope;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    /** Referrals sent to the caller's offices, newest first. */
    @Transactional
    @Audited(action = "referral.incoming-list", resource = "referral")
    public Page<ReferralView> list(ReferralStatus status, PageRequest page) {
        Set<UUID> offices = scope.officesOf(caller.get());
        if (offices.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        Cursor after = page.after(INCOMING);
        UUID before = after == null ? null : after.uuid(0);
        return Page.of(
                        referrals.sentToOffices(offices, status, before, page.fetchSize()),
                        page.limit(),
                        r -> INCOMING.at(r.id()))
                .map(Referral::view);
    }

    /** One referral sent to the caller's offices, with its history. */
    @Transactional
    @Audited(action = "referral.incoming-read", resource = "referral")
    public ReferralView get(UUID referralId) {
        Referral referral = received(referralId, false);
        return referral.view()
                .withHistory(events.history(referralId).stream()
                        .map(ReferralEvent::view)
                        .toList());
    }

    /** A status change by the receiving office, if the referral is still at {@code expectedVersion}. */
    @Transactional
    @Audited(action = "referral.incoming-status", resource = "referral")
    public Idempotency.Outcome<ReferralView> changeStatus(
            UUID referralId,
            long expectedVersion,
            ReferralRequests.StatusChange change,
            Idempotency.Key idempotencyKey) {
        Caller me = caller.get();
        return idempotency.once(
                idempotencyKey, me.subject(), List.of(referralId, expectedVersion, change), this::get, () -> {
                    Referral referral = received(referralId, true);
                    IfMatch.check(expectedVersion, referral.version());
                    moves.move(referral, ReferralActor.OFFICE, me.subject(), referral.providerOfficeId(), change);
                    return referral.view();
                });
    }

    private Referral received(UUID referralId, boolean lock) {
        Set<UUID> offices = scope.officesOf(caller.get());
        return (lock ? referrals.forUpdate(referralId) : referrals.findByIdOptional(referralId))
                .filter(r -> r.internal() && r.shared() && offices.contains(r.providerOfficeId()))
                .orElseThrow(() -> ApiException.notFound("referral"));
    }
}
