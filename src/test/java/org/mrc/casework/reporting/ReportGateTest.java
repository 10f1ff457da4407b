package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.ApiException;

/**
 * The report gate admits at most {@code concurrency} reports at once, lets the next one in as soon as a slot frees
 * (also after a failure), and refuses a report that waited {@code queueWait} in vain with 503 report-busy and
 * Retry-After. The application wiring (the gate runs before the report's transaction) is checked by
 * {@code ReportGateWiringTest}.
 */
class ReportGateTest {

    @Test
    void neverMoreThanTheConfiguredReportsRunAtOnce() throws Exception {
        ReportGate gate = new ReportGate(config(3, Duration.ofSeconds(30)));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            java.util.List<Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                results.add(pool.submit(() -> gate.through(() -> {
                    int now = running.incrementAndGet();
                    most.accumulateAndGet(now, Math::max);
                    Thread.sleep(20);
                    running.decrementAndGet();
                    return now;
                })));
            }
            for (Future<Integer> result : results) {
                assertTrue(result.get(30, TimeUnit.SECONDS) <= 3);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, most.get(), "the three slots were used, never a fourth");
    }

    @Test
    void aReportThatFindsNoSlotInTimeIsRefusedWithRetryAfter() throws Exception {
        ReportGate gate = new ReportGate(config(1, Duration.ofMillis(200)));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> slow = pool.submit(() -> gate.through(() -> {
                holding.countDown();
                release.await(10, TimeUnit.SECONDS);
                return "slow";
            }));
            assertTrue(holding.await(10, TimeUnit.SECONDS));
            long started = System.nanoTime();
            ApiException refused = assertThrows(ApiException.class, () -> gate.through(() -> "fast"));
            assertTrue(System.nanoTime() - started >= Duration.ofMillis(190).toNanos(), "it waited queueWait");
            assertEquals(503, refused.type().status());
            assertEquals("report-busy", refused.type().slug());
            assertEquals(ReportGate.RETRY_AFTER_SECONDS, refused.headers().get("Retry-After"));
            release.countDown();
            assertEquals("slow", slow.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals("fast", gate.through(() -> "fast"), "the slot is free again");
        assertThrows(
                IllegalStateException.class,
                () -> gate.through(() -> {
                    throw new IllegalStateException("report failed");
                }));
        assertEquals("after a failure", gate.through(() -> "after a failure"), "a failure gives its slot back");
    }

    private static ReportingConfig config(int concurrency, Duration wait) {
        return new ReportingConfig() {
            public int threshold() {
                return 5;
            }

            public boolean sensitiveDimensions() {
                return false;
            }

            public String refreshInterval() {
                return "off";
            }

            public String changesInterval() {
                return "off";
            }

            public String refreshDelay() {
                return "5s";
            }

            public int concurrency() {
                return concurrency;
            }

            public Duration queueWait() {
                return wait;
            }

            public int snapshotMonths() {
                return 36;
            }
        };
    }
}
