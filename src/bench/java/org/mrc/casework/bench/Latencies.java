package org.mrc.casework.bench;

import java.util.Arrays;
import java.util.Locale;

/** Request durations of one benchmark figure, sorted, with the percentiles every benchmark prints the same way. */
record Latencies(long[] sortedNanos) {

    static Latencies of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    double p50Millis() {
        return percentile(0.50);
    }

    double p95Millis() {
        return percentile(0.95);
    }

    /** Nearest-rank percentile in milliseconds. */
    double percentile(double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = Math.max(1, (int) Math.ceil(sortedNanos.length * p));
        return sortedNanos[rank - 1] / 1e6;
    }

    void print(String what) {
        System.out.printf(
                Locale.ROOT,
                "%-75s p50 %6.1f ms   p95 %6.1f ms   (%d requests, sequential)%n",
                what,
                p50Millis(),
                p95Millis(),
                sortedNanos.length);
    }
}
