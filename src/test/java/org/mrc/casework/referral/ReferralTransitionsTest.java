package org.mrc.casework.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every (actor, from, to) triple, against the lifecycle as the issue states it, written out independently. */
class ReferralTransitionsTest {

    /** "actor from->to" for every permitted move, copied from the issue text. */
    private static final Set<String> PERMITTED = Set.of(
            "REFERRER draft->requested",
            "REFERRER requested->cancelled",
            "REFERRER received->cancelled",
            "REFERRER accepted->cancelled",
            "REFERRER on-hold->cancelled",
            "REFERRER draft->entered-in-error",
            "REFERRER requested->entered-in-error",
            "PARTNER requested->received",
            "PARTNER requested->accepted",
            "PARTNER requested->rejected",
            "PARTNER received->accepted",
            "PARTNER received->rejected",
            "PARTNER accepted->in-progress",
            "PARTNER accepted->cancelled",
            "PARTNER in-progress->on-hold",
            "PARTNER in-progress->completed",
            "PARTNER in-progress->failed",
            "PARTNER on-hold->in-progress",
            "PARTNER on-hold->failed",
            "PARTNER on-hold->cancelled",
            "OFFICE requested->received",
            "OFFICE requested->accepted",
            "OFFICE requested->rejected",
            "OFFICE received->accepted",
            "OFFICE received->rejected",
            "OFFICE accepted->in-progress",
            "OFFICE accepted->cancelled",
            "OFFICE in-progress->on-hold",
            "OFFICE in-progress->completed",
            "OFFICE in-progress->failed",
            "OFFICE on-hold->in-progress",
            "OFFICE on-hold->failed",
            "OFFICE on-hold->cancelled",
            "SYSTEM requested->cancelled",
            "SYSTEM received->cancelled",
            "SYSTEM accepted->cancelled",
            "SYSTEM in-progress->cancelled",
            "SYSTEM on-hold->cancelled");

    @Test
    void everyActorFromToTripleIsPermittedExactlyWhenTheLifecycleSaysSo() {
        Set<String> actual = new HashSet<>();
        for (ReferralActor actor : ReferralActor.values()) {
            for (ReferralStatus from : ReferralStatus.values()) {
                for (ReferralStatus to : ReferralStatus.values()) {
                    if (ReferralTransitions.permits(actor, from, to)) {
                        actual.add(actor + " " + from.code() + "->" + to.code());
                    }
                }
            }
        }
        assertEquals(PERMITTED, actual);
    }

    @Test
    void noActorMovesAClosedReferral() {
        for (ReferralActor actor : ReferralActor.values()) {
            for (ReferralStatus from : ReferralStatus.values()) {
                if (from.closed()) {
                    assertTrue(ReferralTransitions.allowed(actor, from).isEmpty(), actor + " from " + from);
                }
            }
        }
    }

    @Test
    void rejectionsCancellationsAndFailuresNeedAReasonAndCompletionsAnOutcome() {
        for (ReferralStatus to : ReferralStatus.values()) {
            assertEquals(
                    List.of("rejected", "failed", "cancelled").contains(to.code()),
                    ReferralTransitions.needsReason(to),
                    to.code());
            assertEquals(to == ReferralStatus.COMPLETED, ReferralTransitions.needsOutcome(to), to.code());
        }
    }

    @Test
    void statusesUseTheFhirSpellings() {
        assertEquals(ReferralStatus.IN_PROGRESS, ReferralStatus.of("in-progress"));
        assertEquals("entered-in-error", ReferralStatus.ENTERED_IN_ERROR.code());
    }
}
