package org.mrc.casework.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a report's sums into what may leave: each period's table (each value of the implicit dimension apart) is
 * suppressed on its own by {@link Suppression}, then its cells, totals and derived figures are assembled in
 * {@link Suppression#KEY_ORDER}. Nothing here reads the database or knows the caller.
 *
 * @param report the report the sums are of
 * @param names the dimension names of a cell key, the implicit one first
 * @param supplemented whether the sums carry the measures' supplement slots
 * @param suppression the small-cell rule
 */
record ReportAssembly(Report report, List<String> names, boolean supplemented, Suppression suppression) {

    /** Every period's cells and totals, and how many cells and totals were withheld. */
    record Assembled(List<ReportCell> cells, List<ReportCell> totals, int withheld) {}

    /** A table suppressed on its own: its cells keyed without the {@code fixed} dimensions every one of them has. */
    private record Part(String period, Map<String, String> fixed, Map<List<String>, long[]> table) {}

    /** The published report of {@code sums} (period label, then cell key, to the cell's sums). */
    Assembled assemble(Map<String, Map<List<String>, long[]>> sums) {
        List<Part> parts = new ArrayList<>();
        sums.forEach((period, table) -> parts.addAll(parts(period, table)));
        // each period (and implicit value) is a table of its own: protect them side by side, then assemble in order
        List<SuppressedTable> protectedTables = parts.parallelStream()
                .map(part -> suppression.apply(names.size() - part.fixed().size(), counts(part.table())))
                .toList();
        List<ReportCell> cells = new ArrayList<>();
        List<ReportCell> totals = new ArrayList<>();
        int withheld = 0;
        for (int i = 0; i < parts.size(); i++) {
            withheld += publish(parts.get(i), protectedTables.get(i), cells, totals);
        }
        return new Assembled(cells, totals, withheld);
    }

    /**
     * One period's table as the separate tables it is made of: for a report with an implicit dimension, one per value
     * of it (departures and returns are never added up together, not even in a total); otherwise the table itself.
     */
    private List<Part> parts(String period, Map<List<String>, long[]> table) {
        if (report.implicit() == null) {
            return List.of(new Part(period, Map.of(), table));
        }
        Map<String, Map<List<String>, long[]>> byValue = new TreeMap<>();
        table.forEach((key, vector) -> byValue.computeIfAbsent(key.get(0), value -> new LinkedHashMap<>())
                .put(List.copyOf(key.subList(1, key.size())), vector));
        List<Part> parts = new ArrayList<>();
        byValue.forEach((value, cells) ->
                parts.add(new Part(period, Map.of(report.implicit().name(), value), cells)));
        return parts;
    }

    /** A table's counts (element 0 of each cell's sums), as suppression takes them. */
    private static Map<List<String>, Long> counts(Map<List<String>, long[]> table) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        table.forEach((key, vector) -> counts.put(key, vector[0]));
        return counts;
    }

    /**
     * Appends the cells and totals of one suppressed table, each also carrying the part's {@code fixed} dimensions
     * (the implicit one); returns how many were withheld.
     */
    private int publish(Part part, SuppressedTable protectedTable, List<ReportCell> cells, List<ReportCell> totals) {
        List<String> keyNames = names.subList(part.fixed().size(), names.size());
        Map<List<String>, long[]> table = part.table();
        List<List<String>> keys = new ArrayList<>(table.keySet());
        keys.sort(Suppression.KEY_ORDER);
        for (List<String> key : keys) {
            Map<String, String> dimensions = new LinkedHashMap<>(part.fixed());
            for (int i = 0; i < keyNames.size(); i++) {
                dimensions.put(keyNames.get(i), key.get(i));
            }
            cells.add(cell(part.period(), dimensions, table.get(key), protectedTable.suppressed(key)));
        }
        // every total's sums in one pass over the cells: the grand total under dimension -1
        int width = table.values().iterator().next().length;
        Map<Integer, Map<String, long[]>> margins = new HashMap<>();
        table.forEach((key, values) -> {
            for (int d = -1; d < key.size(); d++) {
                long[] sum = margins.computeIfAbsent(d, x -> new HashMap<>())
                        .computeIfAbsent(d < 0 ? "" : key.get(d), v -> new long[width]);
                for (int i = 0; i < width; i++) {
                    sum[i] += values[i];
                }
            }
        });
        for (Total total : protectedTable.totals()) {
            Map<String, String> dimensions = new LinkedHashMap<>(part.fixed());
            if (total.dimension() >= 0) {
                dimensions.put(keyNames.get(total.dimension()), total.value());
            }
            long[] vector = margins.get(total.dimension()).get(total.dimension() < 0 ? "" : total.value());
            totals.add(cell(part.period(), dimensions, vector, total.suppressed()));
        }
        return protectedTable.suppressedCount();
    }

    private ReportCell cell(String period, Map<String, String> dimensions, long[] vector, boolean hidden) {
        if (hidden) {
            return new ReportCell(period, dimensions, null, true, Map.of());
        }
        long[] sums = Arrays.copyOfRange(vector, 1, vector.length);
        return new ReportCell(
                period,
                dimensions,
                vector[0],
                false,
                report.measures().deriver().derive(sums, supplemented, suppression.threshold()));
    }
}
