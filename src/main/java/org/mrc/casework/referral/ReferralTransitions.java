package org.mrc.casework.referral;

import static org.mrc.casework.referral.ReferralStatus.ACCEPTED;
import static org.mrc.casework.referral.ReferralStatus.CANCELLED;
import static org.mrc.casework.referral.ReferralStatus.COMPLETED;
import static org.mrc.casework.referral.ReferralStatus.DRAFT;
import static org.mrc.casework.referral.ReferralStatus.ENTERED_IN_ERROR;
import static org.mrc.casework.referral.ReferralStatus.FAILED;
import static org.mrc.casework.referral.ReferralStatus.IN_PROGRESS;
import static org.mrc.casework.referral.ReferralStatus.ON_HOLD;
import static org.mrc.casework.referral.ReferralStatus.RECEIVED;
import static org.mrc.casework.referral.ReferralStatus.REJECTED;
import static org.mrc.casework.referral.ReferralStatus.REQUESTED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The referral lifecycle as data, in one place: for each actor, the statuses it may move a referral to from each
 * status. Anything not listed is refused (409 listing the moves the caller does have).
 */
public final class ReferralTransitions {

    private static final Map<ReferralActor, Map<ReferralStatus, Set<ReferralStatus>>> ALLOWED =
            new EnumMap<>(ReferralActor.class);

    static {
        allow(ReferralActor.REFERRER, DRAFT, REQUESTED, ENTERED_IN_ERROR);
        allow(ReferralActor.REFERRER, REQUESTED, CANCELLED, ENTERED_IN_ERROR);
        allow(ReferralActor.REFERRER, RECEIVED, CANCELLED);
        allow(ReferralActor.REFERRER, ACCEPTED, CANCELLED);
        allow(ReferralActor.REFERRER, ON_HOLD, CANCELLED);

        // the receiving side: a partner organisation, or an office of the network for its in-house offerings
        for (ReferralActor receiver : EnumSet.of(ReferralActor.PARTNER, ReferralActor.OFFICE)) {
            allow(receiver, REQUESTED, RECEIVED, ACCEPTED, REJECTED);
            allow(receiver, RECEIVED, ACCEPTED, REJECTED);
            allow(receiver, ACCEPTED, IN_PROGRESS, CANCELLED);
            allow(receiver, IN_PROGRESS, ON_HOLD, COMPLETED, FAILED);
            allow(receiver, ON_HOLD, IN_PROGRESS, FAILED, CANCELLED);
        }

        // the service cancels requests nobody answered in time, and every shared referral whose consent is withdrawn
        // (a draft was never shared, so it depends on no consent)
        for (ReferralStatus open : EnumSet.of(REQUESTED, RECEIVED, ACCEPTED, IN_PROGRESS, ON_HOLD)) {
            allow(ReferralActor.SYSTEM, open, CANCELLED);
        }
    }

    private ReferralTransitions() {}

    private static void allow(ReferralActor actor, ReferralStatus from, ReferralStatus... to) {
        ALLOWED.computeIfAbsent(actor, a -> new EnumMap<>(ReferralStatus.class))
                .computeIfAbsent(from, f -> EnumSet.noneOf(ReferralStatus.class))
                .addAll(Set.of(to));
    }

    /** The statuses {@code actor} may move a referral to from {@code from}; empty when it has no move. */
    public static Set<ReferralStatus> allowed(ReferralActor actor, ReferralStatus from) {
        Set<ReferralStatus> next = ALLOWED.getOrDefault(actor, Map.of()).get(from);
        return next == null ? EnumSet.noneOf(ReferralStatus.class) : EnumSet.copyOf(next);
    }

    public static boolean permits(ReferralActor actor, ReferralStatus from, ReferralStatus to) {
        return allowed(actor, from).contains(to);
    }

    /** Rejections, cancellations and failures carry a coded reason. */
    public static boolean needsReason(ReferralStatus to) {
        return to == REJECTED || to == CANCELLED || to == FAILED;
    }

    /** A completion carries its outcome (delivered fully or partly, with date and note). */
    public static boolean needsOutcome(ReferralStatus to) {
        return to == COMPLETED;
    }
}
