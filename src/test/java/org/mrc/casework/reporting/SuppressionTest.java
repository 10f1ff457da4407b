package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Small-cell suppression. Expected outcomes are worked out by hand in the comments; the property test checks every
 * result against an elimination written here independently of the one in {@link Suppression}.
 */
class SuppressionTest {

    private static final Suppression FIVE = new Suppression(5);

    @Test
    void thresholdMustBeAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> new Suppression(0));
        assertThrows(IllegalArgumentException.class, () -> new Suppression(-5));
        assertEquals(1, new Suppression(1).threshold());
        assertEquals(5, new Suppression(5).threshold());
    }

    @Test
    void thresholdOneWithholdsNothingBecauseNoCountLiesBetweenOneAndZero() {
        SuppressedTable table = new Suppression(1).apply(1, Map.of(key("a"), 1L, key("b"), 1L));

        assertEquals(0, table.suppressedCount());
    }

    @Test
    void tablesWithoutSmallCountsArePublishedWhole() {
        // rows a = 5 + 9 + 12 = 26, b = 7 + 5 + 30 = 42; columns x = 12, y = 14, z = 42; grand 68: nothing is 1..4.
        Map<List<String>, Long> cells =
                grid(new String[] {"a", "b"}, new String[] {"x", "y", "z"}, new long[][] {{5, 9, 12}, {7, 5, 30}});

        SuppressedTable table = FIVE.apply(2, cells);

        assertEquals(0, table.suppressedCount());
        assertEquals(
                List.of(
                        new Total(-1, null, 68, false),
                        new Total(0, "a", 26, false),
                        new Total(0, "b", 42, false),
                        new Total(1, "x", 12, false),
                        new Total(1, "y", 14, false),
                        new Total(1, "z", 42, false)),
                table.totals());
        assertEquals(30, table.count(key("b", "z")));
    }

    @Test
    void zeroIsNeverWithheldNeitherAsSmallNorAsComplement() {
        // b = 3 is small; the complement is the smallest NON-ZERO other cell, c = 9, not a = 0.
        SuppressedTable table = FIVE.apply(1, Map.of(key("a"), 0L, key("b"), 3L, key("c"), 9L, key("d"), 12L));

        assertEquals(Set.of(key("b"), key("c")), withheldCells(table));
        assertFalse(table.suppressed(key("a")));
        assertEquals(0, table.count(key("a")));
        assertEquals(new Total(-1, null, 24, false), table.totals().get(0));
    }

    @Test
    void oneSmallCellOfOneDimensionTakesTheSmallestOtherNonZeroCellWithIt() {
        // a = 3 is withheld; alone, grand 37 - 8 - 6 - 20 would give it back, so the smallest other cell, c = 6,
        // goes too. Then grand - b - d = a + c = 9 is all a reader learns.
        SuppressedTable table = FIVE.apply(1, Map.of(key("a"), 3L, key("b"), 8L, key("c"), 6L, key("d"), 20L));

        assertEquals(Set.of(key("a"), key("c")), withheldCells(table));
        assertEquals(List.of(new Total(-1, null, 37, false)), table.totals());
        assertEquals(2, table.suppressedCount());
    }

    @Test
    void whenTheOnlyNonZeroCellIsSmallTheGrandTotalIsWithheld() {
        // a = 2 is withheld and b, c are zeros (never complements), so only the grand total (= 2) is left to hide.
        SuppressedTable table = FIVE.apply(1, Map.of(key("a"), 2L, key("b"), 0L, key("c"), 0L));

        assertEquals(Set.of(key("a")), withheldCells(table));
        assertEquals(List.of(new Total(-1, null, 2, true)), table.totals());
        assertEquals(2, table.suppressedCount());
    }

    @Test
    void aTableWithoutDimensionsWithholdsItsGrandTotalWithItsOnlyCell() {
        SuppressedTable small = FIVE.apply(0, Map.of(List.of(), 3L));
        SuppressedTable large = FIVE.apply(0, Map.of(List.of(), 12L));
        SuppressedTable empty = FIVE.apply(0, Map.of(List.of(), 0L));

        assertTrue(small.suppressed(List.of()));
        assertEquals(List.of(new Total(-1, null, 3, true)), small.totals());
        assertEquals(2, small.suppressedCount());
        assertFalse(large.suppressed(List.of()));
        assertEquals(List.of(new Total(-1, null, 12, false)), large.totals());
        assertEquals(0, empty.suppressedCount());
    }

    @Test
    void aCellWithheldAloneInItsRowCouldBeRecomputedAndApplyPreventsIt() {
        //        x   y   z | row
        //   A    2  10  12 |  24
        //   B    8   9  15 |  32
        //  col  10  19  27 |  56
        Map<List<String>, Long> cells =
                grid(new String[] {"A", "B"}, new String[] {"x", "y", "z"}, new long[][] {{2, 10, 12}, {8, 9, 15}});

        // Naive suppression withholds only A,x = 2 and publishes the rest; the row total then gives it back.
        long rowA = 24;
        long naiveRecomputed = rowA - cells.get(key("A", "y")) - cells.get(key("A", "z"));
        assertEquals(2, naiveRecomputed);
        long columnX = 10;
        assertEquals(2, columnX - cells.get(key("B", "x")));

        SuppressedTable table = FIVE.apply(2, cells);

        // By hand: row A has one withheld cell; of A,y = 10 and A,z = 12 the smaller goes. Column x then has one
        // (A,x) and B,x = 8 is its only candidate. Row B then has one (B,x); B,y = 9 also fixes column y (one
        // withheld, A,y), so it goes. The withheld cells form the rectangle {A,B} x {x,y}: every row and column
        // equation holds two unknowns, and A,x + A,y = 12, B,x + B,y = 17, A,x + B,x = 10, A,y + B,y = 19 leave
        // one degree of freedom, so no single value follows.
        assertEquals(Set.of(key("A", "x"), key("A", "y"), key("B", "x"), key("B", "y")), withheldCells(table));
        assertTrue(table.totals().stream().noneMatch(Total::suppressed));
        for (Total total : table.totals()) {
            long withheldInEquation = cells.keySet().stream()
                    .filter(cell ->
                            total.dimension() < 0 || cell.get(total.dimension()).equals(total.value()))
                    .filter(table::suppressed)
                    .count();
            assertTrue(withheldInEquation == 0 || withheldInEquation >= 2, total.toString());
        }
        // The published row total now only gives A,x + A,y.
        assertEquals(12, rowA - cells.get(key("A", "z")));
        IndependentAudit.assertProtected(2, cells, 5, table);
    }

    @Test
    void theAuditCatchesACellThatOnlyACombinationOfTotalsGivesAway() {
        //        c0  c1  c2  c3 | row
        //   r0    8   6   4  19 |  37
        //   r1    2   2  15  22 |  41
        //   r2   10   3   2   4 |  19
        //   r3    1  24   0   0 |  25
        //  col   21  35  21  45 | 122
        Map<List<String>, Long> cells =
                grid(new String[] {"r0", "r1", "r2", "r3"}, new String[] {"c0", "c1", "c2", "c3"}, new long[][] {
                    {8, 6, 4, 19}, {2, 2, 15, 22}, {10, 3, 2, 4}, {1, 24, 0, 0}
                });

        // Primary: r0c2 4, r1c0 2, r1c1 2, r2c1 3, r2c2 2, r2c3 4, r3c0 1 (no total is below 5).
        // Complementary, equations in order rows, columns: row r0 holds one (r0c2); of r0c0 8, r0c1 6, r0c3 19 only
        // r0c3 also fixes another equation (column c3 holds one, r2c3), so it goes. Row r3 holds one (r3c0); r3c1 24
        // is its only non-zero candidate. Now every row and column holds 0 or >= 2 withheld cells.
        SuppressedTable heuristic = FIVE.applyWithoutAudit(2, cells);
        Set<List<String>> heuristicWithheld = Set.of(
                key("r0", "c2"),
                key("r0", "c3"),
                key("r1", "c0"),
                key("r1", "c1"),
                key("r2", "c1"),
                key("r2", "c2"),
                key("r2", "c3"),
                key("r3", "c0"),
                key("r3", "c1"));
        assertEquals(heuristicWithheld, withheldCells(heuristic));
        assertTrue(heuristic.totals().stream().noneMatch(Total::suppressed));
        // Yet the withheld cells are two rectangles, {r1,r3} x {c0,c1} and {r0,r2} x {c2,c3}, joined by r2c1 alone.
        // Rows r1 + r3 = 66 = (the c0,c1 rectangle) + r1c2 15 + r1c3 22 + r3c2 0 + r3c3 0, so the rectangle is 29.
        // Columns c0 + c1 = 56 = rectangle 29 + r0c0 8 + r0c1 6 + r2c0 10 + r2c1, so r2c1 = 56 - 29 - 24 = 3.
        long rectangle = (41 + 25) - (15 + 22 + 0 + 0);
        long recomputed = (21 + 35) - rectangle - (8 + 6 + 10);
        assertEquals(3, recomputed);
        assertEquals(List.of("cell" + key("r2", "c1")), IndependentAudit.determined(2, cells, heuristic));

        SuppressedTable table = FIVE.apply(2, cells);

        // The audit withholds the smallest published cell of an equation holding r2c1: row r2 offers r2c0 10,
        // column c1 offers r0c1 6. With r0c1 withheld the two rectangles are joined twice, and the subtraction above
        // now leaves r0c1 + r2c1 = 9.
        Set<List<String>> expected = new HashSet<>(heuristicWithheld);
        expected.add(key("r0", "c1"));
        assertEquals(expected, withheldCells(table));
        IndependentAudit.assertProtected(2, cells, 5, table);
    }

    @Test
    void threeDimensionsWithOneSmallCellLeaveEveryMarginEquationWithNoneOrTwoWithheld() {
        // sex a|b, phase x|y, band p|q:
        //   a x p 2, a x q 9, a y p 7, a y q 12, b x p 8, b x q 11, b y p 10, b y q 13
        // margins: a 30, b 42, x 30, y 42, p 27, q 45; grand 72.
        Map<List<String>, Long> cells = new HashMap<>();
        cells.put(key("a", "x", "p"), 2L);
        cells.put(key("a", "x", "q"), 9L);
        cells.put(key("a", "y", "p"), 7L);
        cells.put(key("a", "y", "q"), 12L);
        cells.put(key("b", "x", "p"), 8L);
        cells.put(key("b", "x", "q"), 11L);
        cells.put(key("b", "y", "p"), 10L);
        cells.put(key("b", "y", "q"), 13L);

        SuppressedTable table = FIVE.apply(3, cells);

        // By hand: margin a holds axp; its candidates all lie in another equation holding one withheld term (the
        // grand = sum of cells one), so the smallest, ayp 7, goes. Margin x holds axp alone; of axq 9, bxp 8, bxq 11
        // none fixes another equation: bxp 8. Margin b holds bxp; byp 10 and byq 13 fix margin y (holding ayp):
        // byp 10. The whole p layer is withheld, every margin is published: the layer's four cells form a
        // rectangle over sex x phase whose sum (margin p = 27) is known but no single cell is.
        assertEquals(
                Set.of(key("a", "x", "p"), key("a", "y", "p"), key("b", "x", "p"), key("b", "y", "p")),
                withheldCells(table));
        assertTrue(table.totals().stream().noneMatch(Total::suppressed));
        for (int dimension = 0; dimension < 3; dimension++) {
            for (String value : List.of("a", "b", "x", "y", "p", "q")) {
                int d = dimension;
                long withheld = cells.keySet().stream()
                        .filter(cell -> cell.get(d).equals(value))
                        .filter(table::suppressed)
                        .count();
                assertTrue(withheld == 0 || withheld >= 2, dimension + "=" + value);
            }
        }
        IndependentAudit.assertProtected(3, cells, 5, table);
    }

    @Test
    void aMarginBelowTheThresholdIsWithheldAndProtectedLikeACell() {
        //        x   y   z | row
        //   a   10  12   8 |  30
        //   b    2   1   0 |   3   <- a small margin
        //   c    9   7  11 |  27
        //  col  21  20  19 |  60
        Map<List<String>, Long> cells = grid(new String[] {"a", "b", "c"}, new String[] {"x", "y", "z"}, new long[][] {
            {10, 12, 8}, {2, 1, 0}, {9, 7, 11}
        });

        SuppressedTable table = FIVE.apply(2, cells);

        // Primary: bx 2, by 1 and margin b 3. Column x holds bx alone: cx 9 < ax 10. Row c then holds cx; cy 7 also
        // fixes column y (holding by): cy. grand = rows holds margin b alone: of margins a 30 and c 27, c goes.
        // Margin b = bx + by and margin c = cx + cy + 11 remain hidden: (bx, by, cx, cy, b, c) can move along
        // (1, 0, -1, 0, 1, -1) and (1, -1, -1, 1, 0, 0) without changing anything published.
        assertEquals(Set.of(key("b", "x"), key("b", "y"), key("c", "x"), key("c", "y")), withheldCells(table));
        assertEquals(
                List.of(
                        new Total(-1, null, 60, false),
                        new Total(0, "a", 30, false),
                        new Total(0, "b", 3, true),
                        new Total(0, "c", 27, true),
                        new Total(1, "x", 21, false),
                        new Total(1, "y", 20, false),
                        new Total(1, "z", 19, false)),
                table.totals());
        assertEquals(6, table.suppressedCount());
        IndependentAudit.assertProtected(2, cells, 5, table);
    }

    @Test
    void randomTablesAreAlwaysProtected() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            int dimensions = 1 + (int) (seed % 3);
            int threshold = 3 + (int) (seed % 4);
            Map<List<String>, Long> cells = randomTable(random, dimensions);

            SuppressedTable table = new Suppression(threshold).apply(dimensions, cells);

            IndependentAudit.assertProtected(dimensions, cells, threshold, table);
        }
    }

    @Test
    void theSameTableAlwaysGivesTheSameSuppressionWhateverTheMapOrder() {
        Map<List<String>, Long> cells = randomTable(new Random(7), 2);
        Map<List<String>, Long> reversed = new LinkedHashMap<>();
        List<List<String>> keys = new ArrayList<>(cells.keySet());
        keys.sort(Comparator.comparing((List<String> cell) -> String.join("/", cell))
                .reversed());
        keys.forEach(cell -> reversed.put(cell, cells.get(cell)));

        SuppressedTable first = FIVE.apply(2, cells);
        SuppressedTable second = FIVE.apply(2, new HashMap<>(cells));
        SuppressedTable third = FIVE.apply(2, reversed);

        assertTrue(first.suppressedCount() > 0);
        assertEquals(withheldCells(first), withheldCells(second));
        assertEquals(withheldCells(first), withheldCells(third));
        assertEquals(first.totals(), second.totals());
        assertEquals(first.totals(), third.totals());
    }

    @Test
    void malformedTablesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> FIVE.apply(4, Map.of(key("a", "b", "c", "d"), 1L)));
        assertThrows(IllegalArgumentException.class, () -> FIVE.apply(-1, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> FIVE.apply(2, Map.of(key("a"), 7L)));
        assertThrows(IllegalArgumentException.class, () -> FIVE.apply(2, Map.of(Arrays.asList("a", null), 7L)));
        assertThrows(IllegalArgumentException.class, () -> FIVE.apply(1, Map.of(key("a"), -1L)));
        assertThrows(IllegalArgumentException.class, () -> FIVE.apply(0, Map.of()));
        SuppressedTable table = FIVE.apply(1, Map.of(key("a"), 7L));
        assertThrows(IllegalArgumentException.class, () -> table.suppressed(key("b")));
        assertThrows(IllegalArgumentException.class, () -> table.count(key("b")));
    }

    private static List<String> key(String... values) {
        return List.of(values);
    }

    private static Map<List<String>, Long> grid(String[] rows, String[] columns, long[][] counts) {
        Map<List<String>, Long> cells = new HashMap<>();
        for (int row = 0; row < rows.length; row++) {
            for (int column = 0; column < columns.length; column++) {
                cells.put(key(rows[row], columns[column]), counts[row][column]);
            }
        }
        return cells;
    }

    private static Set<List<String>> withheldCells(SuppressedTable table) {
        return table.cells().stream().filter(table::suppressed).collect(Collectors.toSet());
    }

    /** Mostly small counts and zeros, so that suppression has work to do. */
    private static Map<List<String>, Long> randomTable(Random random, int dimensions) {
        int[] sizes = new int[dimensions];
        for (int d = 0; d < dimensions; d++) {
            sizes[d] = dimensions == 1 ? 2 + random.nextInt(6) : 2 + random.nextInt(dimensions == 2 ? 4 : 2);
        }
        Map<List<String>, Long> cells = new HashMap<>();
        int size = Arrays.stream(sizes).reduce(1, (a, b) -> a * b);
        for (int index = 0; index < size; index++) {
            List<String> cell = new ArrayList<>();
            int rest = index;
            for (int d = 0; d < dimensions; d++) {
                cell.add("d" + d + "v" + rest % sizes[d]);
                rest /= sizes[d];
            }
            int draw = random.nextInt(20);
            long count = draw < 5 ? 0 : draw < 13 ? 1 + random.nextInt(4) : 5 + random.nextInt(20);
            cells.put(List.copyOf(cell), count);
        }
        return cells;
    }

    /**
     * A second, deliberately simple audit: builds the equations from the raw cells, and eliminates in doubles (fine for
     * these small tables with coefficients of 0 and 1) to find any withheld term the published ones determine.
     */
    private static final class IndependentAudit {

        private IndependentAudit() {}

        static void assertProtected(
                int dimensions, Map<List<String>, Long> cells, int threshold, SuppressedTable table) {
            Map<String, Long> counts = new TreeMap<>();
            Map<String, Boolean> withheld = new TreeMap<>();
            List<List<String>> equations = equations(dimensions, cells, counts);
            assertEquals(cells.keySet(), table.cells());
            for (List<String> cell : cells.keySet()) {
                assertEquals(cells.get(cell), table.count(cell));
                withheld.put("cell" + cell, table.suppressed(cell));
            }
            int withheldTotals = 0;
            for (Total total : table.totals()) {
                String name = total.dimension() < 0 ? "grand" : "margin" + total.dimension() + "=" + total.value();
                assertEquals(counts.get(name), total.count(), name);
                withheld.put(name, total.suppressed());
                withheldTotals += total.suppressed() ? 1 : 0;
            }
            assertEquals(counts.keySet(), withheld.keySet(), "one total per margin and the grand total");
            assertEquals(withheldCells(table).size() + withheldTotals, table.suppressedCount());
            for (String term : counts.keySet()) {
                long count = counts.get(term);
                if (count >= 1 && count < threshold) {
                    assertTrue(withheld.get(term), term + " is small");
                }
                if (count == 0) {
                    assertFalse(withheld.get(term), term + " is zero");
                }
            }
            for (List<String> equation : equations) {
                long unknowns = equation.stream().filter(withheld::get).count();
                assertTrue(unknowns == 0 || unknowns >= 2, "one unknown alone in " + equation);
            }
            assertEquals(List.of(), determined(equations, withheld), cells.toString());
        }

        static List<String> determined(int dimensions, Map<List<String>, Long> cells, SuppressedTable table) {
            Map<String, Boolean> withheld = new TreeMap<>();
            List<List<String>> equations = equations(dimensions, cells, new TreeMap<>());
            cells.keySet().forEach(cell -> withheld.put("cell" + cell, table.suppressed(cell)));
            for (Total total : table.totals()) {
                String name = total.dimension() < 0 ? "grand" : "margin" + total.dimension() + "=" + total.value();
                withheld.put(name, total.suppressed());
            }
            return determined(equations, withheld);
        }

        /** Each equation lists its terms, the total first; fills in every term's count. */
        private static List<List<String>> equations(
                int dimensions, Map<List<String>, Long> cells, Map<String, Long> counts) {
            List<List<String>> equations = new ArrayList<>();
            List<String> grandEquation = new ArrayList<>(List.of("grand"));
            counts.put("grand", 0L);
            Map<String, List<String>> marginEquations = new TreeMap<>();
            for (Map.Entry<List<String>, Long> cell : cells.entrySet()) {
                String name = "cell" + cell.getKey();
                counts.put(name, cell.getValue());
                counts.merge("grand", cell.getValue(), Long::sum);
                grandEquation.add(name);
                for (int d = 0; dimensions >= 2 && d < dimensions; d++) {
                    String margin = "margin" + d + "=" + cell.getKey().get(d);
                    counts.merge(margin, cell.getValue(), Long::sum);
                    marginEquations
                            .computeIfAbsent(margin, m -> new ArrayList<>(List.of(m)))
                            .add(name);
                }
            }
            equations.add(grandEquation);
            equations.addAll(marginEquations.values());
            for (int d = 0; dimensions >= 2 && d < dimensions; d++) {
                List<String> byMargins = new ArrayList<>(List.of("grand"));
                for (String margin : marginEquations.keySet()) {
                    if (margin.startsWith("margin" + d + "=")) {
                        byMargins.add(margin);
                    }
                }
                equations.add(byMargins);
            }
            return equations;
        }

        /** Withheld terms whose unit vector lies in the row space of the unknowns' coefficients. */
        private static List<String> determined(List<List<String>> equations, Map<String, Boolean> withheld) {
            List<String> unknowns =
                    withheld.keySet().stream().filter(withheld::get).collect(Collectors.toList());
            double[][] matrix = new double[equations.size()][unknowns.size()];
            for (int row = 0; row < equations.size(); row++) {
                List<String> equation = equations.get(row);
                for (int i = 0; i < equation.size(); i++) {
                    int column = unknowns.indexOf(equation.get(i));
                    if (column >= 0) {
                        matrix[row][column] += i == 0 ? 1 : -1;
                    }
                }
            }
            int rank = 0;
            for (int column = 0; column < unknowns.size() && rank < matrix.length; column++) {
                int pivot = rank;
                for (int row = rank; row < matrix.length; row++) {
                    if (Math.abs(matrix[row][column]) > Math.abs(matrix[pivot][column])) {
                        pivot = row;
                    }
                }
                if (Math.abs(matrix[pivot][column]) < 1e-9) {
                    continue;
                }
                double[] swap = matrix[pivot];
                matrix[pivot] = matrix[rank];
                matrix[rank] = swap;
                double scale = matrix[rank][column];
                for (int c = 0; c < unknowns.size(); c++) {
                    matrix[rank][c] /= scale;
                }
                for (int row = 0; row < matrix.length; row++) {
                    double factor = matrix[row][column];
                    if (row != rank && Math.abs(factor) > 1e-12) {
                        for (int c = 0; c < unknowns.size(); c++) {
                            matrix[row][c] -= factor * matrix[rank][c];
                        }
                    }
                }
                rank++;
            }
            List<String> determined = new ArrayList<>();
            for (int row = 0; row < rank; row++) {
                List<Integer> nonZero = new ArrayList<>();
                for (int c = 0; c < unknowns.size(); c++) {
                    if (Math.abs(matrix[row][c]) > 1e-9) {
                        nonZero.add(c);
                    }
                }
                if (nonZero.size() == 1) {
                    determined.add(unknowns.get(nonZero.get(0)));
                }
            }
            return determined;
        }
    }
}
