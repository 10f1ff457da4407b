package org.mrc.casework.referral;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.mrc.casework.shared.scheduling.ClusterJobs;

/**
 * Cancels, with EXPIRED, requested referrals that got no response by their due date (the day after it, UTC). Safe
 * with several instances: one instance runs each period ({@link ClusterJobs}), and each batch locks its rows with
 * {@code for update skip locked}, so a slow run overlapping the next never cancels the same referral twice.
 */
@ApplicationScoped
public class ReferralExpiry {

    static final int BATCH = 100;

    private static final ReferralRequests.StatusChange EXPIRE =
            new ReferralRequests.StatusChange(ReferralStatus.CANCELLED, ReferralReason.EXPIRED, null, null);

    private final ReferralRepository referrals;
    private final ReferralMoves moves;
    private final Clock clock;

    private final ClusterJobs jobs;
    private final Duration expiryInterval;

    ReferralExpiry(
            ReferralRepository referrals, ReferralMoves moves, ClusterJobs jobs, ReferralConfig config, Clock clock) {
        this.referrals = referrals;
        this.moves = moves;
        this.jobs = jobs;
        this.expiryInterval = config.expiryInterval();
        this.clock = clock;
    }

    @Scheduled(
            every = "${mrc.referral.expiry-interval}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (jobs.claim("referral-expiry", expiryInterval)) {
            expireOverdue();
        }
    }

    /** Runs batches until none is full; returns how many referrals this instance cancelled. */
    public int expireOverdue() {
        int total = 0;
        int expired;
        do {
            expired = expireBatch();
            total += expired;
        } while (expired == BATCH);
        return total;
    }

    @Transactional
    int expireBatch() {
        int expired = 0;
        for (UUID id : referrals.lockOverdue(LocalDate.now(clock), BATCH)) {
            Referral referral = referrals.findById(id);
            moves.move(referral, ReferralActor.SYSTEM, null, null, EXPIRE);
            expired++;
        }
        return expired;
    }
}
