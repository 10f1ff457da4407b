package org.mrc.casework.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The breakdown copy of a report's rollup ({@code <rollup>_single}, migrations V91 and V287): per month and office,
 * the counts (and measures) by sex and by one or two other dimensions at a time, the row's {@code dimension} saying
 * which ({@code phase}, or {@code phase+ageBand} for a pair, in definition order); rows of dimension {@code sex} carry
 * sex alone. A request broken down by at most two dimensions besides sex and office (and the report's implicit one),
 * the commonest dashboard questions, reads a few hundred rows per month from it instead of the rollup's thousands.
 * Its columns have the rollup's names (columns of other dimensions are null), so every column expression of a
 * {@link Dimension} reads it unchanged; a multi-valued dimension holds one value per row. When the report has a
 * {@link Measures.Supplement}, its slots are columns {@code slot_0 ...} here (one row per cell, not one per slot).
 *
 * <p>Filled from the rollup (or the narrowest copy covering the dimensions) by SQL built here from the report's
 * definition, in the transaction that rebuilds the rollup, in (dimension, month, office) order so that a request
 * reads adjacent pages. Breakdowns of three dimensions besides sex and office read the rollup or a narrower copy.
 */
final class BreakdownCopy {

    /** The dimension value of rows that break down by sex alone. */
    static final String SEX_ONLY = "sex";

    /** Joins the two dimension names of a pair's rows. */
    static final String PAIR = "+";

    private BreakdownCopy() {}

    static String table(Report report) {
        return report.table() + "_single";
    }

    /** The dimensions the copy breaks down by: every one but sex, office and the implicit one. */
    static List<Dimension> copied(Report report) {
        return report.dimensions().values().stream().filter(d -> !alwaysKept(d)).toList();
    }

    /** The kinds of rows the copy holds: sex alone, each copied dimension, each pair of them. */
    static List<String> rowKinds(Report report) {
        List<Dimension> copied = copied(report);
        List<String> kinds = new ArrayList<>();
        kinds.add(SEX_ONLY);
        for (int i = 0; i < copied.size(); i++) {
            kinds.add(copied.get(i).name());
        }
        for (int i = 0; i < copied.size(); i++) {
            for (int j = i + 1; j < copied.size(); j++) {
                kinds.add(copied.get(i).name() + PAIR + copied.get(j).name());
            }
        }
        return kinds;
    }

    /**
     * Which rows of the copy answer a breakdown ({@code breakdown} may start with the report's implicit dimension),
     * or empty when only the rollup can.
     */
    static Optional<String> rowsFor(Report report, List<Dimension> breakdown) {
        List<Dimension> copied = copied(report);
        List<Dimension> others = copied.stream().filter(breakdown::contains).toList();
        boolean covered =
                breakdown.stream().allMatch(d -> d == report.implicit() || alwaysKept(d) || copied.contains(d));
        if (!covered || others.size() > 2) {
            return Optional.empty();
        }
        if (others.isEmpty()) {
            return Optional.of(SEX_ONLY);
        }
        return Optional.of(
                String.join(PAIR, others.stream().map(Dimension::name).toList()));
    }

    /** The dimensions a kind of rows breaks down by, in definition order. */
    static List<Dimension> dimensionsOf(Report report, String kind) {
        if (kind.equals(SEX_ONLY)) {
            return List.of();
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (String name : kind.split(Pattern.quote(PAIR))) {
            Dimension dimension = report.dimensions().get(name);
            if (dimension == null || !copied(report).contains(dimension)) {
                throw new IllegalArgumentException("not a kind of rows of the breakdown copy");
            }
            dimensions.add(dimension);
        }
        return dimensions;
    }

    /** Sex and office (so every dimension read from it) are columns of every row of the copy. */
    private static boolean alwaysKept(Dimension dimension) {
        return dimension.name().equals("sex") || dimension.officeKeyed();
    }

    /** The column names of the supplement's slots in the copy. */
    static List<String> slotColumns(Report report) {
        Measures.Supplement supplement = report.measures().supplement();
        List<String> columns = new ArrayList<>();
        for (int slot = 0; supplement != null && slot < supplement.slots(); slot++) {
            columns.add("slot_" + slot);
        }
        return columns;
    }

    /** Computes the copy's rows in the partitions being recomputed (report_partition) from the fresh rollup. */
    static String fillStatement(Report report) {
        List<String> keys = new ArrayList<>(List.of("month", "office_id", "dimension"));
        if (report.implicit() != null) {
            keys.add(report.implicit().columnName());
        }
        for (Dimension dimension : copied(report)) {
            keys.add(dimension.columnName());
        }
        keys.add("sex");
        List<String> values = new ArrayList<>(report.valueColumns());
        values.addAll(slotColumns(report));

        List<String> branches = new ArrayList<>();
        Measures.Supplement supplement = report.measures().supplement();
        for (String rows : rowKinds(report)) {
            List<Dimension> own = dimensionsOf(report, rows);
            branches.add(branch(report, rows, own, false));
            if (supplement != null
                    && own.stream().allMatch(d -> supplement.dimensions().contains(d.name()))) {
                branches.add(branch(report, rows, own, true));
            }
        }
        return "insert into " + table(report) + " (" + String.join(", ", keys) + ", "
                + String.join(", ", values) + ") select " + String.join(", ", keys) + ", "
                + String.join(", ", values.stream().map(v -> "sum(" + v + ")").toList())
                + " from (" + String.join(" union all ", branches) + ") x group by "
                + String.join(", ", keys) + " order by dimension, month, office_id";
    }

    /**
     * The rows of one kind, from the narrowest table covering its dimensions and sex: the rollup's figures, or (when
     * {@code supplement}) the supplement's value spread into its slot columns.
     */
    private static String branch(Report report, String rows, List<Dimension> own, boolean supplement) {
        List<Dimension> covered = new ArrayList<>();
        if (report.implicit() != null) {
            covered.add(report.implicit());
        }
        covered.addAll(own);
        covered.add(report.dimensions().get("sex"));
        Measures.Supplement times = report.measures().supplement();
        String source = supplement ? times.tableFor(covered) : report.tableFor(covered);

        StringBuilder select =
                new StringBuilder("select c.month, c.office_id, '").append(rows).append("' as dimension");
        StringBuilder from = new StringBuilder(" from ").append(source).append(" c");
        if (report.implicit() != null) {
            select.append(", ")
                    .append(report.implicit().column())
                    .append(" as ")
                    .append(report.implicit().columnName());
        }
        for (Dimension dimension : copied(report)) {
            if (!own.contains(dimension)) {
                select.append(", null::").append(type(dimension));
            } else if (dimension.array()) {
                String unnested = "u" + own.indexOf(dimension);
                from.append(" cross join lateral unnest(")
                        .append(dimension.column())
                        .append(") ")
                        .append(unnested)
                        .append("(v)");
                select.append(", array[").append(unnested).append(".v]");
            } else {
                select.append(", ").append(dimension.column());
            }
            select.append(" as ").append(dimension.columnName());
        }
        select.append(", c.sex as sex");
        for (String measure : report.valueColumns()) {
            select.append(supplement ? ", 0::bigint" : ", c." + measure)
                    .append(" as ")
                    .append(measure);
        }
        List<String> slots = slotColumns(report);
        for (int slot = 0; slot < slots.size(); slot++) {
            String value = supplement
                    ? "case when " + times.slot() + " = " + slot + " then c." + times.value() + " else 0 end"
                    : "0::bigint";
            select.append(", ").append(value).append(" as ").append(slots.get(slot));
        }
        return select.append(from)
                .append(" where ")
                .append(RollupCopy.PARTITIONS)
                .toString();
    }

    private static String type(Dimension dimension) {
        if (dimension.array()) {
            return "text[]";
        }
        return dimension.label() == Dimension.Label.PARTNER || dimension.officeKeyed() ? "uuid" : "text";
    }
}
