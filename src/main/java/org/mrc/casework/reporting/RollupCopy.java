package org.mrc.casework.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A narrower copy of a rollup, without some of its columns: a breakdown that uses only {@code dimensions} reads it
 * instead of the full rollup (far fewer rows). Its partitions are recomputed from the full rollup, in the transaction
 * that recomputes the rollup's, by {@link #fillStatement}.
 */
record RollupCopy(String table, Set<String> dimensions) {

    /** The rows of a table (alias c) in the partitions being recomputed, listed in report_partition. */
    static final String PARTITIONS =
            "exists (select 1 from report_partition p where p.office_id = c.office_id and p.from_month <= c.month)";

    static RollupCopy of(String table, String... dimensions) {
        return new RollupCopy(table, Set.of(dimensions));
    }

    /**
     * The first copy (in order, smallest first) covering every dimension of the breakdown, else {@code full}. Every
     * copy covers the dimensions read from office_id.
     */
    static String choose(List<RollupCopy> copies, List<Dimension> breakdown, String full) {
        for (RollupCopy copy : copies) {
            if (breakdown.stream()
                    .allMatch(d -> d.officeKeyed() || copy.dimensions().contains(d.name()))) {
                return copy.table();
            }
        }
        return full;
    }

    /**
     * Sums {@code values} of {@code source} by month, office, the columns of the copy's dimensions among
     * {@code columns} (dimension name to column, in order) and {@code extraKeys}, for the partitions being
     * recomputed, written in (month, office) order so that a range of months reads adjacent pages.
     */
    String fillStatement(String source, Map<String, String> columns, List<String> extraKeys, List<String> values) {
        List<String> keys = new ArrayList<>(List.of("month", "office_id"));
        columns.forEach((dimension, column) -> {
            if (dimensions.contains(dimension)) {
                keys.add(column);
            }
        });
        keys.addAll(extraKeys);
        return "insert into " + table + " (" + String.join(", ", keys) + ", " + String.join(", ", values)
                + ") select " + String.join(", ", keys) + ", "
                + String.join(", ", values.stream().map(v -> "sum(" + v + ")").toList())
                + " from " + source + " c where " + PARTITIONS + " group by " + String.join(", ", keys)
                + " order by month, office_id";
    }
}
