package org.mrc.casework.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.WithDefault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The retry schedule: exponential, jittered, and (with the defaults) retrying for more than 24 hours. */
class BackoffTest {

    /** A setting's one default: its @WithDefault, or, for a setting with a variable, its application.properties one. */
    private static Duration defaultOf(Class<?> type, String method, String property) throws Exception {
        WithDefault annotation = type.getMethod(method).getAnnotation(WithDefault.class);
        if (annotation != null) {
            return Duration.parse("PT" + annotation.value());
        }
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(property) + "=\\$\\{\\w+:([^}]+)}$")
                .matcher(Files.readString(Path.of("src/main/resources/application.properties")));
        assertTrue(line.find(), property + " has a default in application.properties");
        return Duration.parse("PT" + line.group(1));
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
        Duration initial = defaultOf(WebhookConfig.Retry.class, "initialDelay", "mrc.webhooks.retry.initial-delay");
        Duration max = defaultOf(WebhookConfig.Retry.class, "maxDelay", "mrc.webhooks.retry.max-delay");
        Duration giveUp = defaultOf(WebhookConfig.Retry.class, "giveUpAfter", "mrc.webhooks.retry.give-up-after");
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
