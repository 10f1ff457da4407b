package org.mrc.casework.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures a report gives besides its count. They are derived from additive sums (so totals are exact sums of
 * the underlying rows, never averages of averages), and a figure is given only when the number of people it is
 * computed over reaches the suppression threshold; otherwise it is null.
 *
 * @param columns rollup columns summed per cell
 * @param supplement a second rollup summed with the same filters and breakdown, when the breakdown allows it
 */
record Measures(List<String> columns, Supplement supplement, Deriver deriver) {

    static final Measures NONE = new Measures(List.of(), null, (sums, supplemented, threshold) -> Map.of());

    /** Computes the figures of one cell or total from its sums (columns, then the supplement's slots). */
    interface Deriver {
        Map<String, Number> derive(long[] sums, boolean supplemented, int threshold);
    }

    /**
     * A rollup read alongside the main one, usable only when every requested dimension is in {@code dimensions}: its
     * {@code value} column is summed per cell into {@code slots} slots, the slot of a row given by {@code slot} (an
     * SQL expression over the rollup's {@code slotKeys} columns, alias c, from 0 to slots - 1), so that a distribution
     * costs one sum per row.
     */
    record Supplement(
            String table,
            Set<String> dimensions,
            List<RollupCopy> narrower,
            List<String> slotKeys,
            String slot,
            int slots,
            String value) {

        /** The first narrower copy (in order) covering every dimension of the breakdown, else the full one. */
        String tableFor(List<Dimension> breakdown) {
            return RollupCopy.choose(narrower, breakdown, table);
        }
    }

    int width() {
        return columns.size() + (supplement == null ? 0 : supplement.slots());
    }

    /** Returnees: the share of each preparedness factor among the returns for which it was recorded. */
    static Measures returnPreparedness() {
        return new Measures(
                List.of(
                        "time_recorded",
                        "time_yes",
                        "assistance_recorded",
                        "assistance_yes",
                        "capital_recorded",
                        "capital_yes",
                        "protection_recorded",
                        "protection_yes",
                        "intention_recorded",
                        "intention_stay",
                        "intention_remigrate",
                        "intention_undecided"),
                null,
                (sums, supplemented, threshold) -> {
                    Map<String, Number> figures = new LinkedHashMap<>();
                    figures.put("hadTimeToPrepareShare", share(sums[1], sums[0], threshold));
                    figures.put("institutionalAssistanceShare", share(sums[3], sums[2], threshold));
                    figures.put("capitalAccumulatedShare", share(sums[5], sums[4], threshold));
                    figures.put("socialProtectionKeptShare", share(sums[7], sums[6], threshold));
                    figures.put("intendsToStayShare", share(sums[9], sums[8], threshold));
                    figures.put("intendsToRemigrateShare", share(sums[10], sums[8], threshold));
                    figures.put("undecidedShare", share(sums[11], sums[8], threshold));
                    return figures;
                });
    }

    /**
     * Referrals: acceptance rate (accepted / (accepted + rejected)), completion rate (completed / accepted), and the
     * median and 90th percentile of hours from request to first response and to completion, read from the bucketed
     * distribution in report_referral_time (each figure is the bound the percentile stays under; null beyond
     * the last bound).
     */
    static Measures referralUptake() {
        int buckets = ResponseTimes.BOUNDS_HOURS.length + 1;
        // slots 0..16: hours to first response by bucket; 17..33: hours to completion
        Supplement times = new Supplement(
                "report_referral_time",
                Set.of("serviceType", "category", "partner", "sex"),
                List.of(
                        RollupCopy.of("report_referral_time_core", "category", "sex"),
                        RollupCopy.of("report_referral_time_service", "serviceType", "category", "sex"),
                        RollupCopy.of("report_referral_time_partner", "category", "partner", "sex")),
                List.of("kind", "bucket"),
                "(case c.kind when 'FIRST_RESPONSE' then 0 else " + buckets + " end) + c.bucket",
                2 * buckets,
                "referrals");
        return new Measures(List.of("accepted", "rejected", "completed"), times, (sums, supplemented, threshold) -> {
            Map<String, Number> figures = new LinkedHashMap<>();
            long accepted = sums[0];
            long rejected = sums[1];
            long completed = sums[2];
            figures.put("acceptanceRate", share(accepted, accepted + rejected, threshold));
            figures.put("completionRate", share(completed, accepted, threshold));
            if (supplemented) {
                long[] response = java.util.Arrays.copyOfRange(sums, 3, 3 + buckets);
                long[] completion = java.util.Arrays.copyOfRange(sums, 3 + buckets, 3 + 2 * buckets);
                figures.put("medianHoursToFirstResponse", ResponseTimes.percentile(response, 0.5, threshold));
                figures.put("p90HoursToFirstResponse", ResponseTimes.percentile(response, 0.9, threshold));
                figures.put("medianHoursToCompletion", ResponseTimes.percentile(completion, 0.5, threshold));
                figures.put("p90HoursToCompletion", ResponseTimes.percentile(completion, 0.9, threshold));
            }
            return figures;
        });
    }

    /** part / whole rounded to 3 decimals, or null when whole is below the threshold. */
    static Double share(long part, long whole, int threshold) {
        if (whole < threshold || whole == 0) {
            return null;
        }
        return Math.round(part * 1000.0 / whole) / 1000.0;
    }
}
