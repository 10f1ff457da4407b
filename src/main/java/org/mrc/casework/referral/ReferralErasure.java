package org.mrc.casework.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.shared.problem.ProblemType;
import org.mrc.casework.webhook.WebhookEventType;
import org.mrc.casework.webhook.WebhookEvents;

/**
 * How a client's erasure, or anonymisation under the retention rules, reaches the partners they were referred to: every open referral that was sent is cancelled
 * by the service with {@link ReferralReason#SUBJECT_ERASURE} (the partner sees the move in its feed, as any other),
 * then every referral of the client loses its free text (reason, note, close and outcome texts, in the history too)
 * and is marked erased under a new change number, so the feed shows it again with {@code erasedAt}. Closed
 * referrals already carry no client block; an erased one answers a partner's read with 410 {@code referral-erased}.
 * Each referral the partner had received is announced to its webhooks as {@code referral.erased}.
 */
@ApplicationScoped
public class ReferralErasure {

    public static final ProblemType ERASED = new ProblemType(
            "referral-erased",
            410,
            "The referred person's personal data were erased (on their request or under the" + " retention rules)");

    private static final ReferralRequests.StatusChange CANCEL =
            new ReferralRequests.StatusChange(ReferralStatus.CANCELLED, ReferralReason.SUBJECT_ERASURE, null, null);

    private final ReferralRepository referrals;
    private final ReferralMoves moves;
    private final WebhookEvents webhooks;
    private final Clock clock;

    ReferralErasure(ReferralRepository referrals, ReferralMoves moves, WebhookEvents webhooks, Clock clock) {
        this.referrals = referrals;
        this.moves = moves;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /** What the erasure did to one referral, for the caller's report and its outgoing events. */
    public record Erased(UUID referralId, UUID partnerId, boolean cancelled) {}

    /**
     * Every referral of these clients (a person and the records merged into theirs) not erased before: loses its free
     * text (reason, note, close and outcome texts, in its history too) and is marked erased under a new change
     * number, so the partner's feed shows it again with {@code erasedAt}; open ones that were sent are cancelled first
     * ({@link ReferralReason#SUBJECT_ERASURE}: the partner sees the move and its cancellation event). Each referral a
     * partner had received is announced to its webhooks as {@code referral.erased}: the partner holds a copy of what
     * was shared and should erase its own. Used by erasure on request and by the retention job's anonymisation and
     * erasure. A fixed number of statements whatever the number of clients, plus one event per referral announced.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Erased> erase(List<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        Set<UUID> cancelled = new HashSet<>();
        List<Referral> open = referrals.openShared(clientIds);
        for (Referral referral : open) {
            moves.move(referral, ReferralActor.SYSTEM, null, null, CANCEL);
            cancelled.add(referral.id());
        }
        referrals.flush();
        // the rows change below, in SQL: the loaded copies must not be read again in this transaction
        open.forEach(referrals.getEntityManager()::detach);
        referrals.lockChangeNumbers();
        UUID[] clients = clientIds.toArray(UUID[]::new);
        List<Object[]> rows = referrals
                .getEntityManager()
                .createNativeQuery("""
                        update referral set reason = '', note = null,
                            close_reason_text = case when close_reason = 'OTHER' then '' end, outcome_note = null,
                            erased_at = ?1, change_seq = nextval('referral_change_seq'), updated_at = ?1,
                            version = version + 1
                        where client_id = any(cast(?2 as uuid[])) and erased_at is null
                        returning id, partner_id, requested_at is not null""")
                .setParameter(1, clock.instant())
                .setParameter(2, clients)
                .getResultList();
        referrals
                .getEntityManager()
                .createNativeQuery("""
                        update referral_event set reason_text = null, outcome_note = null
                        where referral_id in (select id from referral where client_id = any(cast(?1 as uuid[])))
                          and (reason_text is not null or outcome_note is not null)""")
                .setParameter(1, clients)
                .executeUpdate();
        List<Erased> done = new ArrayList<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            UUID partner = (UUID) row[1];
            if (Boolean.TRUE.equals(row[2])) {
                webhooks.publish(WebhookEventType.REFERRAL_ERASED, id, partner);
            }
            done.add(new Erased(id, partner, cancelled.contains(id)));
        }
        done.sort(java.util.Comparator.comparing(Erased::referralId));
        return done;
    }
}
