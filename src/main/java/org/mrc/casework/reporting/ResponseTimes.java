package org.mrc.casework.reporting;

/**
 * Percentiles of durations kept as bucket counts. The bounds are those of the SQL function mrc_hours_bucket
 * (R__report_referral.sql): bucket i holds durations under BOUNDS_HOURS[i] hours (and at least the previous bound), the last
 * bucket everything longer.
 */
final class ResponseTimes {

    static final int[] BOUNDS_HOURS = {1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 240, 336, 504, 720, 1440, 2160};

    private ResponseTimes() {}

    /**
     * The (exclusive) upper bound in hours of the bucket holding the q-quantile of the counted durations; null when
     * fewer than {@code threshold} durations were counted or when it lies beyond the last bound.
     */
    static Integer percentile(long[] buckets, double q, int threshold) {
        long n = 0;
        for (long count : buckets) {
            n += count;
        }
        if (n == 0 || n < threshold) {
            return null;
        }
        long rank = (long) Math.ceil(q * n);
        long seen = 0;
        for (int i = 0; i < buckets.length; i++) {
            seen += buckets[i];
            if (seen >= rank) {
                return i < BOUNDS_HOURS.length ? BOUNDS_HOURS[i] : null;
            }
        }
        return null;
    }
}
