package org.mrc.casework.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * A closed-loop load: {@code callers} threads each calling as soon as their previous call answered, for a number of
 * seconds; and the one-line result format every benchmark prints ({@code <name>: service X, limit Y, ratio Z}).
 */
final class ClosedLoop {

    private ClosedLoop() {}

    /** What a run answered: 2xx counted with their latencies, anything else as failed. */
    record Run(int ok, int failed, double elapsedSeconds, Latencies latencies) {
        double perSecond() {
            return ok / elapsedSeconds;
        }

        double meanMillis() {
            return Arrays.stream(latencies.sortedNanos()).average().orElse(Double.NaN) / 1e6;
        }
    }

    static Run run(int callers, int seconds, IntSupplier call) throws Exception {
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long begin = System.nanoTime();
                    int status = call.getAsInt();
                    if (status / 100 == 2) {
                        nanos.add(System.nanoTime() - begin);
                    } else {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] all = nanos.stream().mapToLong(Long::longValue).toArray();
        return new Run(all.length, failed.get(), elapsed, Latencies.of(all));
    }

    /**
     * One result line. {@code atLeast}: the service should reach the limit (ratio service / limit, higher is better);
     * otherwise it should stay under it (ratio service / limit, lower is better).
     */
    static String line(String name, double service, double limit, boolean atLeast) {
        return String.format(
                Locale.ROOT,
                "%s: service %.2f, limit %.2f, ratio %.2f (%s)",
                name,
                service,
                limit,
                service / limit,
                atLeast ? "at least" : "at most");
    }
}
