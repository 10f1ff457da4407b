package org.mrc.casework.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The retry schedule: exponential, jittered, and (with the defaults) retrying for more than 24 hours. */
class BackoffTest {

    private static Duration defaultOf(Class<?> type, String method) throws Exception {
        return Duration.parse(
                "PT" + type.getMethod(method).getAnnotation(WithDefault.class).value());
    }

    @Test
    void delaysDoubleUpToTheCeilingWithJitterInTheUpperHalf() {
        Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofHours(1), new Random(7));
        assertEquals(5_000, backoff.ceilingMillis(1));
        assertEquals(10_000, backoff.ceilingMillis(2));
        assertEquals(3_600_000, backoff.ceilingMillis(30));
        for (int attempt = 1; attempt < 40; attempt++) {
            long ceiling = backoff.ceilingMillis(attempt);
            long delay = backoff.after(attempt).toMillis();
            assertTrue(delay >= ceiling / 2 && delay <= ceiling, attempt + ": " + delay + " of " + ceiling);
        }
    }

    @Test
    void theDefaultScheduleKeepsRetryingForMoreThanADay() throws Exception {
        Duration initial = defaultOf(WebhookConfig.Retry.class, "initialDelay");
        Duration max = defaultOf(WebhookConfig.Retry.class, "maxDelay");
        Duration giveUp = defaultOf(WebhookConfig.Retry.class, "giveUpAfter");
        assertTrue(giveUp.compareTo(Duration.ofHours(24)) >= 0, "gives up after " + giveUp);
        // the shortest possible schedule (every jitter at its minimum) still has attempts after 24 hours
        Backoff unlucky = new Backoff(initial, max, new Random() {
            @Override
            public long nextLong(long bound) {
                return 0;
            }
        });
        Duration elapsed = Duration.ZERO;
        int attempts = 1;
        while (elapsed.compareTo(giveUp) < 0) {
            elapsed = elapsed.plus(unlucky.after(attempts));
            attempts++;
        }
        assertTrue(attempts > 20, "attempts over the retry period: " + attempts);
        assertTrue(elapsed.compareTo(Duration.ofHours(24)) > 0);
    }
}
