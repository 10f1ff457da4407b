package org.mrc.casework.referral;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Cancels, with EXPIRED, requested referrals that got no response by their due date (the day after it, UTC). Safe
 * with several instances: each batch locks its rows with {@code for update skip locked}, so instances share the
 * work and never cancel the same referral twice.
 */
@ApplicationScoped
public class ReferralExpiry {

    static final int BATCH = 100;

    private static final ReferralRequests.StatusChange EXPIRE =
            new ReferralRequests.StatusChange(ReferralStatus.CANCELLED, ReferralReason.EXPIRED, null, null);

    private final ReferralRepository referrals;
    private final ReferralMoves moves;
    private final Clock clock = Clock.systemUTC();

    ReferralExpiry(ReferralRepository referrals, ReferralMoves moves) {
        this.referrals = referrals;
        this.moves = moves;
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        expireOverdue();
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
