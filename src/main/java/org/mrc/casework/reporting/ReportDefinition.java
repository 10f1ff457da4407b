package org.mrc.casework.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * What declares a {@link Report}, each property named where it is set: {@code stock("caseload")} or
 * {@code events("movement")} names the rollup ({@code report_<rollup>}) and says whether it counts what stood on the
 * last day of each period or what happened in it; {@code counting} names its count column; {@code everyCellBy} a
 * dimension every cell carries (its values never added up together); {@code measures} the figures derived besides the
 * count; {@code dimensions} the breakdowns offered (office and territory side always); {@code narrowerCopies} the rollup's copies without some columns,
 * smallest first. Immutable: each step returns a new definition.
 */
record ReportDefinition(
        String rollup,
        boolean stock,
        String countColumn,
        Dimension implicit,
        String unit,
        Measures measures,
        List<Dimension> dimensions,
        List<RollupCopy> narrowerCopies) {

    /** A report of what stood on the last day of each period (today for the current month). */
    static ReportDefinition stock(String rollup) {
        return new ReportDefinition(rollup, true, null, null, null, Measures.NONE, List.of(), List.of());
    }

    /** A report of what happened in each month of the period. */
    static ReportDefinition events(String rollup) {
        return new ReportDefinition(rollup, false, null, null, null, Measures.NONE, List.of(), List.of());
    }

    ReportDefinition counting(String column) {
        return new ReportDefinition(rollup, stock, column, implicit, unit, measures, dimensions, narrowerCopies);
    }

    ReportDefinition everyCellBy(Dimension dimension) {
        return new ReportDefinition(rollup, stock, countColumn, dimension, unit, measures, dimensions, narrowerCopies);
    }

    ReportDefinition unit(String text) {
        return new ReportDefinition(rollup, stock, countColumn, implicit, text, measures, dimensions, narrowerCopies);
    }

    ReportDefinition measures(Measures figures) {
        return new ReportDefinition(rollup, stock, countColumn, implicit, unit, figures, dimensions, narrowerCopies);
    }

    /**
     * The breakdowns offered, followed by the two every report offers: the office a figure is attributed to and the
     * territory side it serves (office_id is a column of every rollup table).
     */
    ReportDefinition dimensions(Dimension... offered) {
        List<Dimension> all = new ArrayList<>(List.of(offered));
        all.add(Dimension.office());
        all.add(Dimension.territorySide());
        return new ReportDefinition(
                rollup, stock, countColumn, implicit, unit, measures, List.copyOf(all), narrowerCopies);
    }

    ReportDefinition narrowerCopies(RollupCopy... copies) {
        return new ReportDefinition(rollup, stock, countColumn, implicit, unit, measures, dimensions, List.of(copies));
    }
}
