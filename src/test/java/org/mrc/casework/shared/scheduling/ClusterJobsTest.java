package org.mrc.casework.shared.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClusterJobsTest {

    @Inject
    ClusterJobs jobs;

    @Test
    void aPeriodIsClaimedByOneCallerOnlyHoweverManyFireAtOnce() throws Exception {
        String job = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Duration period = Duration.ofHours(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                claims.add(() -> jobs.claim(job, period));
            }
            int won = 0;
            for (Future<Boolean> claim : pool.invokeAll(claims)) {
                won += claim.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(jobs.claim(job + "-other", period), "another job has periods of its own");
    }

    @Test
    void periodsAreAlignedToTheEpochSoEveryInstanceComputesTheSameOne() {
        Duration tenMinutes = Duration.ofMinutes(10);
        assertEquals(
                Instant.parse("2026-12-07T10:10:00Z"),
                ClusterJobs.periodStart(Instant.parse("2026-12-07T10:19:59.999Z"), tenMinutes));
        assertEquals(
                Instant.parse("2026-12-07T10:20:00Z"),
                ClusterJobs.periodStart(Instant.parse("2026-12-07T10:20:00Z"), tenMinutes));
    }
}
