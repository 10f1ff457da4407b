package org.mrc.casework.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mrc.casework.consent.ConsentWithdrawn;

/**
 * When a client withdraws a consent, every open referral of that client that was sent and is no longer covered at
 * the withdrawal instant (other consents may still cover it) is cancelled by the service with CONSENT_WITHDRAWN, in
 * the withdrawing transaction: the withdrawal and the cancellations commit together or not at all.
 */
@ApplicationScoped
class ReferralConsentCascade {

    private static final ReferralRequests.StatusChange CANCEL =
            new ReferralRequests.StatusChange(ReferralStatus.CANCELLED, ReferralReason.CONSENT_WITHDRAWN, null, null);

    private final ReferralRepository referrals;
    private final ReferralMoves moves;

    ReferralConsentCascade(ReferralRepository referrals, ReferralMoves moves) {
        this.referrals = referrals;
        this.moves = moves;
    }

    void onWithdrawn(@Observes ConsentWithdrawn withdrawn) {
        for (Referral referral : referrals.openShared(withdrawn.clientId())) {
            boolean stillCovered =
                    moves.uncovered(referral, withdrawn.withdrawnAt()).isEmpty();
            if (!stillCovered) {
                moves.move(referral, ReferralActor.SYSTEM, null, null, CANCEL);
            }
        }
    }
}
