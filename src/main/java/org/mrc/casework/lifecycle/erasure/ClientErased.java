package org.mrc.casework.lifecycle.erasure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Fired (CDI, synchronously, in the erasing transaction) when an erasure was executed: the outgoing-events feature
 * observes it to tell partners ({@code referral.erased} per referral). Ids only.
 */
public record ClientErased(UUID requestId, List<UUID> clientIds, List<ErasedReferral> referrals, Instant erasedAt) {

    /** A referral the erasure reached, the partner it was addressed to, and whether it was open (then cancelled). */
    public record ErasedReferral(UUID referralId, UUID partnerId, boolean cancelled) {}
}
