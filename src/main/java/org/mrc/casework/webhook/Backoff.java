package org.mrc.casework.webhook;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: attempt n (1-based, the one that just failed) waits half of
 * {@code min(max, initial * 2^(n-1))} plus a random part up to the other half, so retries of many deliveries that
 * failed together spread out instead of arriving together.
 */
final class Backoff {

    private final Duration initial;
    private final Duration max;
    private final RandomGenerator random;

    Backoff(Duration initial, Duration max, RandomGenerator random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    Duration after(int failedAttempt) {
        long ceiling = ceilingMillis(failedAttempt);
        long half = ceiling / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }

    long ceilingMillis(int failedAttempt) {
        int doublings = Math.max(0, Math.min(failedAttempt - 1, 40));
        long millis = initial.toMillis();
        for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Math.min(millis, max.toMillis());
    }
}
