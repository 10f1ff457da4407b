package org.mrc.casework.reporting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Small-cell suppression of one aggregate table: small counts identify people in small places, so a count from 1 to
 * {@code threshold - 1} is withheld, and so are enough other counts that no withheld count can be worked out again
 * from the totals published with the table.
 *
 * <p>The table is treated as a linear system. Its terms are every cell, every margin (tables of two or more dimensions:
 * for each dimension index and value, the sum of the cells with that value) and the grand total. Its equations are:
 * grand = sum of all cells; margin = sum of its cells; and, for two or more dimensions, grand = sum of the margins of
 * each dimension. Protection runs in three steps:
 *
 * <ol>
 *   <li>Primary: every term (cell or total) with a count from 1 to {@code threshold - 1} is withheld. Zero is never
 *       withheld, and never chosen as a complement: a published zero is a fact, not a risk.
 *   <li>Complementary: while some equation has exactly one withheld term (which its other terms would give away), one
 *       more of its terms is withheld: a non-zero published part (a cell, or a margin in the grand = sum of margins
 *       equations), preferring parts that also lie in another equation with exactly one withheld term (one
 *       complement then protects both), then the smallest count, then the first key in natural order (value by
 *       value); if the equation has no such part, its total is withheld. Equations are taken in a fixed order:
 *       margins by dimension and value, grand = sum of cells, grand = sum of margins by dimension.
 *   <li>Audit: equations can be combined (a row total minus a column total, say), so the withheld terms are treated
 *       as unknowns and the published ones as known, and exact integer Gaussian elimination checks that no unknown is
 *       determined by the system (its unit vector is not in the row space of the unknowns' coefficients). While one is,
 *       one more non-zero part of an equation holding it is withheld (a cell first, the smallest first), and the
 *       complementary step and the audit run again.
 * </ol>
 *
 * <p>The audit runs separately on each connected component of the withheld terms (two withheld terms are connected
 * when an equation holds both), because elimination cost grows quickly with the number of unknowns. A component of
 * more than {@value #MAX_AUDITED_UNKNOWNS} withheld terms is not audited: its protection then rests on the
 * complementary step alone. Realistic tables (up to about ten thousand cells, a few hundred withheld) stay far below
 * that and are protected in well under a second. With 0 dimensions the grand total is the only cell, so it is
 * withheld exactly when the cell is.
 *
 * <p>The result depends only on the threshold and the table's content, never on the iteration order of the map given:
 * the same table always gives the same suppression. Immutable and thread-safe.
 */
public final class Suppression {

    /** Components of withheld terms larger than this are not audited exactly (see the class comment). */
    static final int MAX_AUDITED_UNKNOWNS = 3_000;

    /** The most dimensions a table may be broken down by (a report's breakdown, its implicit dimension apart). */
    public static final int MAX_DIMENSIONS = 3;

    /** The one order of cell keys: value by value, a shorter key before the longer keys it starts. */
    static final Comparator<List<String>> KEY_ORDER = (left, right) -> {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int byValue = left.get(i).compareTo(right.get(i));
            if (byValue != 0) {
                return byValue;
            }
        }
        return Integer.compare(left.size(), right.size());
    };

    private final int threshold;

    /**
     * @param threshold the smallest count that may be published; must be at least 1 (the service's default is 5; with
     *     1 nothing is withheld)
     */
    public Suppression(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /**
     * Protects one table.
     *
     * @param dimensions the number of breakdown dimensions, 0 to 3
     * @param cells every cell, keyed by a list of exactly {@code dimensions} non-null values, with a count of at least
     *     0 (zero cells may be given and are published as 0); with 0 dimensions, exactly one cell keyed by the empty
     *     list, whose grand total is the cell itself
     * @return the cells and totals with the ones that must be withheld marked
     * @throws IllegalArgumentException if the dimensions or a key or a count are out of range
     */
    public SuppressedTable apply(int dimensions, Map<List<String>, Long> cells) {
        return protect(dimensions, cells, true);
    }

    /** Primary and complementary suppression without the audit, so tests can show what the audit adds. */
    SuppressedTable applyWithoutAudit(int dimensions, Map<List<String>, Long> cells) {
        return protect(dimensions, cells, false);
    }

    private SuppressedTable protect(int dimensions, Map<List<String>, Long> cells, boolean audit) {
        LinearSystem system = LinearSystem.of(dimensions, validated(dimensions, cells));
        system.withholdSmall(threshold);
        system.complement();
        while (audit && system.audit()) {
            system.complement();
        }
        return system.toTable();
    }

    private static Map<List<String>, Long> validated(int dimensions, Map<List<String>, Long> cells) {
        Objects.requireNonNull(cells, "cells");
        if (dimensions < 0 || dimensions > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("dimensions must be between 0 and " + MAX_DIMENSIONS);
        }
        if (dimensions == 0 && cells.size() != 1) {
            throw new IllegalArgumentException("a table without dimensions has exactly one cell");
        }
        Map<List<String>, Long> copy = new TreeMap<>(KEY_ORDER);
        for (Map.Entry<List<String>, Long> cell : cells.entrySet()) {
            List<String> key = cell.getKey();
            if (key == null || key.size() != dimensions || key.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("every cell key must hold " + dimensions + " non-null values");
            }
            if (cell.getValue() == null || cell.getValue() < 0) {
                throw new IllegalArgumentException("cell counts must be at least 0");
            }
            copy.put(List.copyOf(key), cell.getValue());
        }
        return copy;
    }

    /** One equation of the system: {@code total} equals the sum of {@code parts}. */
    private record Equation(int total, int[] parts) {}

    /**
     * The terms of one table and the equations between them. Terms are numbered cells first (in key order), then
     * margins (by dimension index, then value), then the grand total, so a smaller number is also the earlier key.
     */
    private static final class LinearSystem {

        private final int dimensions;
        private final List<List<String>> keys;
        private final int[] marginDimension;
        private final String[] marginValue;
        private final int grand;
        private final long[] counts;
        private final boolean[] withheld;
        private final List<Equation> equations;
        private final int[] withheldIn;
        private final List<List<Integer>> equationsOf;
        private final int cellsEquation;

        private LinearSystem(
                int dimensions,
                List<List<String>> keys,
                List<Integer> marginDimensions,
                List<String> marginValues,
                long[] counts,
                List<Equation> equations,
                int cellsEquation) {
            this.dimensions = dimensions;
            this.keys = keys;
            this.marginDimension =
                    marginDimensions.stream().mapToInt(Integer::intValue).toArray();
            this.marginValue = marginValues.toArray(String[]::new);
            this.grand = counts.length - 1;
            this.counts = counts;
            this.withheld = new boolean[counts.length];
            this.equations = equations;
            this.withheldIn = new int[equations.size()];
            this.cellsEquation = cellsEquation;
            this.equationsOf = new ArrayList<>();
            for (int term = 0; term < counts.length; term++) {
                equationsOf.add(new ArrayList<>());
            }
            for (int e = 0; e < equations.size(); e++) {
                equationsOf.get(equations.get(e).total()).add(e);
                for (int part : equations.get(e).parts()) {
                    equationsOf.get(part).add(e);
                }
            }
        }

        static LinearSystem of(int dimensions, Map<List<String>, Long> sortedCells) {
            List<List<String>> keys = new ArrayList<>(sortedCells.keySet());
            int cellCount = keys.size();
            List<Integer> marginDimensions = new ArrayList<>();
            List<String> marginValues = new ArrayList<>();
            List<int[]> marginParts = new ArrayList<>();
            if (dimensions >= 2) {
                for (int dimension = 0; dimension < dimensions; dimension++) {
                    Map<String, List<Integer>> cellsByValue = new TreeMap<>();
                    for (int cell = 0; cell < cellCount; cell++) {
                        cellsByValue
                                .computeIfAbsent(keys.get(cell).get(dimension), value -> new ArrayList<>())
                                .add(cell);
                    }
                    for (Map.Entry<String, List<Integer>> margin : cellsByValue.entrySet()) {
                        marginDimensions.add(dimension);
                        marginValues.add(margin.getKey());
                        marginParts.add(margin.getValue().stream()
                                .mapToInt(Integer::intValue)
                                .toArray());
                    }
                }
            }
            int grand = cellCount + marginParts.size();
            long[] counts = new long[grand + 1];
            int cell = 0;
            for (long count : sortedCells.values()) {
                counts[cell++] = count;
                counts[grand] = Math.addExact(counts[grand], count);
            }
            List<Equation> equations = new ArrayList<>();
            for (int margin = 0; margin < marginParts.size(); margin++) {
                int term = cellCount + margin;
                for (int part : marginParts.get(margin)) {
                    counts[term] = Math.addExact(counts[term], counts[part]);
                }
                equations.add(new Equation(term, marginParts.get(margin)));
            }
            int cellsEquation = equations.size();
            int[] allCells = new int[cellCount];
            Arrays.setAll(allCells, i -> i);
            equations.add(new Equation(grand, allCells));
            for (int dimension = 0; dimension < (dimensions >= 2 ? dimensions : 0); dimension++) {
                int first = cellCount + marginDimensions.indexOf(dimension);
                int last = cellCount + marginDimensions.lastIndexOf(dimension);
                int[] margins = new int[last - first + 1];
                Arrays.setAll(margins, i -> first + i);
                equations.add(new Equation(grand, margins));
            }
            return new LinearSystem(dimensions, keys, marginDimensions, marginValues, counts, equations, cellsEquation);
        }

        private int termCount() {
            return counts.length;
        }

        /** Primary suppression: every cell and total from 1 to threshold - 1. */
        void withholdSmall(int threshold) {
            for (int term = 0; term < termCount(); term++) {
                if (counts[term] >= 1 && counts[term] <= threshold - 1) {
                    withhold(term);
                }
            }
        }

        private void withhold(int term) {
            if (withheld[term]) {
                throw new IllegalStateException("term withheld twice");
            }
            withheld[term] = true;
            for (int e : equationsOf.get(term)) {
                withheldIn[e]++;
            }
        }

        /** Withholds complements until no equation has exactly one withheld term. */
        void complement() {
            for (int e = firstExposedEquation(); e >= 0; e = firstExposedEquation()) {
                withhold(complementFor(e));
            }
        }

        private int firstExposedEquation() {
            for (int e = 0; e < equations.size(); e++) {
                if (withheldIn[e] == 1) {
                    return e;
                }
            }
            return -1;
        }

        private int complementFor(int e) {
            Equation equation = equations.get(e);
            int best = -1;
            boolean bestCovers = false;
            for (int part : equation.parts()) {
                if (withheld[part] || counts[part] == 0) {
                    continue;
                }
                boolean covers = liesInAnotherExposedEquation(part, e);
                if (best < 0 || (covers && !bestCovers) || (covers == bestCovers && counts[part] < counts[best])) {
                    best = part;
                    bestCovers = covers;
                }
            }
            if (best >= 0) {
                return best;
            }
            if (withheld[equation.total()] || counts[equation.total()] == 0) {
                throw new IllegalStateException("an equation with one withheld term has nothing left to withhold");
            }
            return equation.total();
        }

        private boolean liesInAnotherExposedEquation(int term, int except) {
            for (int e : equationsOf.get(term)) {
                if (e != except && withheldIn[e] == 1) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Audits every component of withheld terms and, in each one where some withheld term is determined, withholds
         * one more term. Returns whether anything was withheld.
         */
        boolean audit() {
            List<Integer> audited = auditedEquations();
            int[] parent = new int[termCount()];
            Arrays.setAll(parent, i -> i);
            for (int e : audited) {
                int first = -1;
                for (int term : termsOf(equations.get(e))) {
                    if (withheld[term]) {
                        if (first < 0) {
                            first = term;
                        } else {
                            union(parent, first, term);
                        }
                    }
                }
            }
            Map<Integer, List<Integer>> unknownsByRoot = new LinkedHashMap<>();
            for (int term = 0; term < termCount(); term++) {
                if (withheld[term]) {
                    unknownsByRoot
                            .computeIfAbsent(find(parent, term), root -> new ArrayList<>())
                            .add(term);
                }
            }
            Map<Integer, List<Integer>> equationsByRoot = new HashMap<>();
            for (int e : audited) {
                for (int term : termsOf(equations.get(e))) {
                    if (withheld[term]) {
                        equationsByRoot
                                .computeIfAbsent(find(parent, term), root -> new ArrayList<>())
                                .add(e);
                        break;
                    }
                }
            }
            Map<Integer, List<Integer>> determined = new LinkedHashMap<>();
            for (Map.Entry<Integer, List<Integer>> component : unknownsByRoot.entrySet()) {
                List<Integer> unknowns = component.getValue();
                List<Integer> rows = equationsByRoot.getOrDefault(component.getKey(), List.of());
                if (unknowns.size() > MAX_AUDITED_UNKNOWNS) {
                    continue;
                }
                int term = firstDetermined(unknowns, rows);
                if (term >= 0) {
                    determined.put(term, rows);
                }
            }
            for (Map.Entry<Integer, List<Integer>> leak : determined.entrySet()) {
                withhold(auditComplementFor(leak.getKey(), leak.getValue()));
            }
            return !determined.isEmpty();
        }

        /**
         * The equations the audit eliminates over. With margins, grand = sum of all cells is left out: it is the sum of
         * grand = sum of the first dimension's margins and those margins' equations, so it adds nothing to the row
         * space, and keeping it would join every withheld cell into one component.
         */
        private List<Integer> auditedEquations() {
            List<Integer> audited = new ArrayList<>();
            for (int e = 0; e < equations.size(); e++) {
                if (dimensions < 2 || e != cellsEquation) {
                    audited.add(e);
                }
            }
            return audited;
        }

        private int[] termsOf(Equation equation) {
            int[] terms = Arrays.copyOf(equation.parts(), equation.parts().length + 1);
            terms[terms.length - 1] = equation.total();
            return terms;
        }

        private static int find(int[] parent, int term) {
            int root = term;
            while (parent[root] != root) {
                root = parent[root];
            }
            while (parent[term] != root) {
                int next = parent[term];
                parent[term] = root;
                term = next;
            }
            return root;
        }

        private static void union(int[] parent, int left, int right) {
            int leftRoot = find(parent, left);
            int rightRoot = find(parent, right);
            if (leftRoot != rightRoot) {
                parent[Math.max(leftRoot, rightRoot)] = Math.min(leftRoot, rightRoot);
            }
        }

        /**
         * The smallest withheld term of the component that the published terms determine, or -1. Brings the
         * unknowns' coefficient matrix to reduced row echelon form in exact integer arithmetic (fraction-free, rows
         * kept small by their gcd): an unknown is determined exactly when a reduced row has it as its only non-zero
         * entry.
         */
        private int firstDetermined(List<Integer> unknowns, List<Integer> rows) {
            Map<Integer, Integer> columnOf = new HashMap<>();
            for (int column = 0; column < unknowns.size(); column++) {
                columnOf.put(unknowns.get(column), column);
            }
            int width = unknowns.size();
            BigInteger[][] matrix = new BigInteger[rows.size()][width];
            for (int row = 0; row < rows.size(); row++) {
                Arrays.fill(matrix[row], BigInteger.ZERO);
                Equation equation = equations.get(rows.get(row));
                if (withheld[equation.total()]) {
                    matrix[row][columnOf.get(equation.total())] = BigInteger.ONE;
                }
                for (int part : equation.parts()) {
                    if (withheld[part]) {
                        int column = columnOf.get(part);
                        matrix[row][column] = matrix[row][column].subtract(BigInteger.ONE);
                    }
                }
            }
            int rank = 0;
            for (int column = 0; column < width && rank < matrix.length; column++) {
                int pivot = pivotRow(matrix, rank, column);
                if (pivot < 0) {
                    continue;
                }
                BigInteger[] pivotRow = matrix[pivot];
                matrix[pivot] = matrix[rank];
                matrix[rank] = pivotRow;
                divideByGcd(pivotRow);
                if (pivotRow[column].signum() < 0) {
                    // the matrix is sparse: only non-zero entries change sign (negating allocates)
                    for (int c = 0; c < width; c++) {
                        if (pivotRow[c].signum() != 0) {
                            pivotRow[c] = pivotRow[c].negate();
                        }
                    }
                }
                int[] nonZero = nonZeroColumns(pivotRow);
                for (int row = 0; row < matrix.length; row++) {
                    if (row != rank && matrix[row][column].signum() != 0) {
                        eliminate(matrix[row], pivotRow, column, nonZero);
                    }
                }
                rank++;
            }
            int determined = -1;
            for (int row = 0; row < rank; row++) {
                int[] nonZero = nonZeroColumns(matrix[row]);
                if (nonZero.length == 1) {
                    int term = unknowns.get(nonZero[0]);
                    determined = determined < 0 ? term : Math.min(determined, term);
                }
            }
            return determined;
        }

        /** A row at or below {@code from} with a non-zero entry in the column, preferring a unit entry. */
        private static int pivotRow(BigInteger[][] matrix, int from, int column) {
            int pivot = -1;
            for (int row = from; row < matrix.length; row++) {
                BigInteger entry = matrix[row][column];
                if (entry.signum() != 0) {
                    if (entry.abs().equals(BigInteger.ONE)) {
                        return row;
                    }
                    if (pivot < 0) {
                        pivot = row;
                    }
                }
            }
            return pivot;
        }

        /** Divides the row by the gcd of its entries, which keeps the fraction-free entries small. */
        private static void divideByGcd(BigInteger[] row) {
            BigInteger gcd = BigInteger.ZERO;
            for (BigInteger entry : row) {
                if (entry.signum() != 0) {
                    gcd = gcd.gcd(entry);
                }
            }
            if (gcd.compareTo(BigInteger.ONE) > 0) {
                for (int column = 0; column < row.length; column++) {
                    if (row[column].signum() != 0) {
                        row[column] = row[column].divide(gcd);
                    }
                }
            }
        }

        /** row := a * row - f * pivotRow, with a the pivot entry and f the row's entry in the pivot column. */
        private static void eliminate(BigInteger[] row, BigInteger[] pivotRow, int column, int[] pivotNonZero) {
            BigInteger factor = row[column];
            BigInteger pivot = pivotRow[column];
            if (pivot.equals(BigInteger.ONE)) {
                for (int c : pivotNonZero) {
                    row[c] = row[c].subtract(factor.multiply(pivotRow[c]));
                }
                return;
            }
            // a * row - f * pivotRow: scale the row's non-zero entries, then subtract on the pivot row's non-zero ones
            for (int c = 0; c < row.length; c++) {
                if (row[c].signum() != 0) {
                    row[c] = row[c].multiply(pivot);
                }
            }
            for (int c : pivotNonZero) {
                row[c] = row[c].subtract(factor.multiply(pivotRow[c]));
            }
            divideByGcd(row);
        }

        private static int[] nonZeroColumns(BigInteger[] row) {
            int[] columns = new int[row.length];
            int count = 0;
            for (int column = 0; column < row.length; column++) {
                if (row[column].signum() != 0) {
                    columns[count++] = column;
                }
            }
            return Arrays.copyOf(columns, count);
        }

        /**
         * The term to withhold because {@code determined} can be worked out: a non-zero published part of an equation
         * holding it (cells before margins, the smallest first; the grand = sum of all cells equation is left out when
         * margins exist, so that the complement stays near the leak), else such a total, else any non-zero published
         * term of the component's equations. One always exists: were every non-zero term of those equations withheld,
         * the published ones would all be zero and could only determine an unknown to be zero, yet withheld terms are
         * never zero.
         */
        private int auditComplementFor(int determined, List<Integer> componentEquations) {
            List<Integer> local = new ArrayList<>(equationsOf.get(determined));
            if (dimensions >= 2 && local.size() > 1) {
                local.remove(Integer.valueOf(cellsEquation));
            }
            int best = -1;
            for (int e : local) {
                for (int part : equations.get(e).parts()) {
                    best = better(best, part);
                }
            }
            if (best < 0) {
                for (int e : local) {
                    best = better(best, equations.get(e).total());
                }
            }
            if (best < 0) {
                for (int e : componentEquations) {
                    for (int term : termsOf(equations.get(e))) {
                        best = better(best, term);
                    }
                }
            }
            if (best < 0) {
                throw new IllegalStateException("a determined term has nothing left to withhold around it");
            }
            return best;
        }

        /** The better complement of the two: only non-zero published terms qualify; cells, then smaller counts. */
        private int better(int best, int candidate) {
            if (withheld[candidate] || counts[candidate] == 0) {
                return best;
            }
            if (best < 0) {
                return candidate;
            }
            boolean candidateIsCell = candidate < keys.size();
            boolean bestIsCell = best < keys.size();
            if (candidateIsCell != bestIsCell) {
                return candidateIsCell ? candidate : best;
            }
            if (counts[candidate] != counts[best]) {
                return counts[candidate] < counts[best] ? candidate : best;
            }
            return Math.min(candidate, best);
        }

        SuppressedTable toTable() {
            Map<List<String>, Long> cellCounts = new LinkedHashMap<>();
            Set<List<String>> suppressed = new HashSet<>();
            for (int cell = 0; cell < keys.size(); cell++) {
                cellCounts.put(keys.get(cell), counts[cell]);
                if (withheld[cell]) {
                    suppressed.add(keys.get(cell));
                }
            }
            List<Total> totals = new ArrayList<>();
            totals.add(new Total(-1, null, counts[grand], withheld[grand]));
            for (int margin = 0; margin < marginDimension.length; margin++) {
                int term = keys.size() + margin;
                totals.add(new Total(marginDimension[margin], marginValue[margin], counts[term], withheld[term]));
            }
            return new SuppressedTable(cellCounts, suppressed, totals);
        }
    }
}
