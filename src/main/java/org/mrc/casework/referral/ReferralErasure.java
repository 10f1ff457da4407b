package org.mrc.casework.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.shared.problem.ProblemType;
import org.mrc.casework.webhook.WebhookEventType;
import org.mrc.casework.webhook.WebhookEvents;

/**
 * How a client's erasure reaches the partners they were referred to: every open referral that was sent is cancelled
 * by the service with {@link ReferralReason#SUBJECT_ERASURE} (the partner sees the move in its feed, as any other),
 * then every referral of the client loses its free text (reason, note, close and outcome texts, in the history too)
 * and is marked erased under a new change number, so the feed shows it again with {@code erasedAt}. Closed
 * referrals already carry no client block; an erased one answers a partner's read with 410 {@code referral-erased}.
 * Each referral the partner had received is announced to its webhooks as {@code referral.erased}.
 */
@ApplicationScoped
public class ReferralErasure {

    public static final ProblemType ERASED =
            new ProblemType("referral-erased", 410, "The referred person's data were erased on their request");

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

    /** Cancels and erases the referrals of these clients (the erased person and the records merged into theirs). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Erased> erase(List<UUID> clientIds) {
        List<Erased> done = new ArrayList<>();
        for (UUID clientId : clientIds) {
            Set<UUID> cancelled = new HashSet<>();
            for (Referral open : referrals.openShared(clientId)) {
                moves.move(open, ReferralActor.SYSTEM, null, null, CANCEL);
                cancelled.add(open.id());
            }
            Instant now = clock.instant();
            for (Referral referral : referrals.allOf(clientId, Set.of())) {
                referral.erase(referrals.nextChangeSeq(), now);
                if (referral.shared()) {
                    // the partner holds a copy of what was shared: tell it to erase its own
                    webhooks.publish(WebhookEventType.REFERRAL_ERASED, referral.id(), referral.partnerId());
                }
                done.add(new Erased(referral.id(), referral.partnerId(), cancelled.contains(referral.id())));
            }
            referrals.flush();
            referrals
                    .getEntityManager()
                    .createNativeQuery("update referral_event set reason_text = null, outcome_note = null"
                            + " where referral_id in (select id from referral where client_id = ?1)"
                            + " and (reason_text is not null or outcome_note is not null)")
                    .setParameter(1, clientId)
                    .executeUpdate();
        }
        return done;
    }
}
