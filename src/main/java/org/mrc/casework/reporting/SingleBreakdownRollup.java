package org.mrc.casework.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The single-breakdown copy of a report's rollup ({@code <rollup>_single}, migration V91): per month and office, the
 * counts (and measures) by sex and by one other dimension at a time, the row's {@code dimension} saying which; rows
 * of dimension {@code sex} carry sex alone. A request broken down by at most one dimension besides sex and office,
 * the commonest dashboard question, reads a few hundred rows per month from it instead of the rollup's thousands.
 * Its columns have the rollup's names (columns of other dimensions are null), so every column expression of a
 * {@link Dimension} reads it unchanged; a multi-valued dimension holds one value per row. Sensitive dimensions are
 * not copied: they are asked rarely and read the rollup. When the report has a {@link Measures.Supplement}, its
 * slots are columns {@code slot_0 ...} here (one row per cell, not one per slot).
 *
 * <p>Filled from the rollup (or the narrowest copy covering the dimension) by SQL built here from the report's
 * definition, in the transaction that rebuilds the rollup, in (dimension, month, office) order so that a request
 * reads adjacent pages.
 */
final class SingleBreakdownRollup {

    /** The dimension value of rows that break down by sex alone. */
    static final String SEX_ONLY = "sex";

    private SingleBreakdownRollup() {}

    static String table(Report report) {
        return report.table() + "_single";
    }

    /** The dimensions copied one at a time: every one but sex, office, the implicit one and the sensitive ones. */
    static List<Dimension> copied(Report report) {
        return report.dimensions().values().stream()
                .filter(d -> !d.sensitive() && !alwaysKept(d))
                .toList();
    }

    /**
     * Which rows of the copy answer a breakdown ({@code breakdown} may start with the report's implicit dimension),
     * or empty when only the rollup can.
     */
    static Optional<String> rowsFor(Report report, List<Dimension> breakdown) {
        List<Dimension> others = breakdown.stream()
                .filter(d -> d != report.implicit() && !alwaysKept(d))
                .toList();
        if (others.isEmpty()) {
            return Optional.of(SEX_ONLY);
        }
        if (others.size() == 1 && copied(report).contains(others.get(0))) {
            return Optional.of(others.get(0).name());
        }
        return Optional.empty();
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
        List<String> rowKinds =
                new ArrayList<>(copied(report).stream().map(Dimension::name).toList());
        rowKinds.add(SEX_ONLY);
        for (String rows : rowKinds) {
            branches.add(branch(report, rows, false));
            Measures.Supplement supplement = report.measures().supplement();
            if (supplement != null
                    && (rows.equals(SEX_ONLY) || supplement.dimensions().contains(rows))) {
                branches.add(branch(report, rows, true));
            }
        }
        return "insert into " + table(report) + " (" + String.join(", ", keys) + ", "
                + String.join(", ", values) + ") select " + String.join(", ", keys) + ", "
                + String.join(", ", values.stream().map(v -> "sum(" + v + ")").toList())
                + " from (" + String.join(" union all ", branches) + ") x group by "
                + String.join(", ", keys) + " order by dimension, month, office_id";
    }

    /**
     * The rows of one kind, from the narrowest table covering that dimension and sex: the rollup's figures, or (when
     * {@code supplement}) the supplement's value spread into its slot columns.
     */
    private static String branch(Report report, String rows, boolean supplement) {
        Dimension own = rows.equals(SEX_ONLY) ? null : report.dimensions().get(rows);
        List<Dimension> covered = new ArrayList<>();
        if (report.implicit() != null) {
            covered.add(report.implicit());
        }
        if (own != null) {
            covered.add(own);
        }
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
            if (dimension != own) {
                select.append(", null::").append(type(dimension));
            } else if (dimension.array()) {
                from.append(" cross join lateral unnest(")
                        .append(dimension.column())
                        .append(") u(v)");
                select.append(", array[u.v]");
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
