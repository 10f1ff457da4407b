package org.mrc.casework.reporting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One table after small-cell suppression: the true counts of its cells and totals, and which of them may not be
 * published. The true counts are kept so that callers can compute measures over them, but a count whose cell or total
 * is suppressed must never leave the service.
 *
 * <p>Immutable. Cells are iterated in the natural order of their keys (element by element).
 */
public final class SuppressedTable {

    private final Map<List<String>, Long> counts;
    private final Set<List<String>> suppressedCells;
    private final List<Total> totals;

    SuppressedTable(Map<List<String>, Long> counts, Set<List<String>> suppressedCells, List<Total> totals) {
        this.counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        this.suppressedCells = Set.copyOf(suppressedCells);
        this.totals = List.copyOf(totals);
    }

    /** Whether the cell is withheld; its count may then not be published. */
    public boolean suppressed(List<String> cellKey) {
        requireKnown(cellKey);
        return suppressedCells.contains(cellKey);
    }

    /** The true count of the cell; publish it only when {@link #suppressed(List)} is false. */
    public long count(List<String> cellKey) {
        requireKnown(cellKey);
        return counts.get(cellKey);
    }

    /** Every cell key the table was given, zero cells included. */
    public Set<List<String>> cells() {
        return counts.keySet();
    }

    /**
     * The totals that go with the table: the grand total first, then (two or more dimensions) one margin per dimension
     * index and value, by dimension index and then value.
     */
    public List<Total> totals() {
        return totals;
    }

    /** How many cells and totals are withheld, for the response's {@code suppressedCells}. */
    public int suppressedCount() {
        int withheldTotals = (int) totals.stream().filter(Total::suppressed).count();
        return suppressedCells.size() + withheldTotals;
    }

    private void requireKnown(List<String> cellKey) {
        if (cellKey == null || !counts.containsKey(cellKey)) {
            throw new IllegalArgumentException("not a cell of this table");
        }
    }
}
