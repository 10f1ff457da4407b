package org.mrc.casework.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a report's rollup with plain SQL: sums per period and breakdown, filtered by months and offices. Labels
 * (office codes, partner names) are looked up after grouping, on the few result rows.
 */
@ApplicationScoped
class ReportQuery {

    private final DataSource dataSource;

    /**
     * Reads from the optional {@code reporting} datasource (a streaming replica, {@code MRC_REPORT_DB_URL}) when it is
     * active, else from the primary. The rollups and their refresh time are read on the same connection, so
     * {@code dataAsOf} states how fresh the figures on that server are, replication delay included.
     */
    ReportQuery(
            DataSource primary,
            @io.quarkus.agroal.DataSource("reporting") Instance<DataSource> replica,
            @ConfigProperty(name = "quarkus.datasource.reporting.active") boolean replicaActive) {
        this.dataSource = replicaActive ? replica.get() : primary;
    }

    /** A table to read, and which of its rows ({@code rows}: an SQL condition over alias c, or null for all). */
    private record Source(String table, String rows) {}

    /** One breakdown's column expressions, in cell-key order (the implicit dimension first). */
    record Breakdown(List<Dimension> dimensions, List<String> columns) {}

    /**
     * Sums per period label and cell key: element 0 is the count, then the report's measure columns, then its
     * supplement's slots when {@code supplemented}.
     */
    Map<String, Map<List<String>, long[]>> sums(
            Report report, Period period, Set<UUID> offices, Breakdown breakdown, boolean supplemented)
            throws SQLException {
        return sums(
                report,
                period,
                offices,
                breakdown,
                supplemented,
                BreakdownCopy.rowsFor(report, breakdown.dimensions()).orElse(null));
    }

    /**
     * As above, reading the rows of kind {@code rows} in the breakdown copy, or the rollup (its narrowest copy
     * covering the breakdown) when null.
     */
    Map<String, Map<List<String>, long[]>> sums(
            Report report, Period period, Set<UUID> offices, Breakdown breakdown, boolean supplemented, String rows)
            throws SQLException {
        Measures measures = report.measures();
        Map<String, Map<List<String>, long[]>> result = new TreeMap<>();
        List<String> sums = new ArrayList<>();
        report.valueColumns().forEach(column -> sums.add("sum(c." + column + ")"));
        try (Connection connection = dataSource.getConnection()) {
            if (rows != null) {
                if (supplemented) {
                    BreakdownCopy.slotColumns(report).forEach(slot -> sums.add("sum(c." + slot + ")"));
                }
                // rows names a kind of rows of the report's definition, never request text
                if (!BreakdownCopy.rowKinds(report).contains(rows)) {
                    throw new IllegalArgumentException("not a kind of rows of the breakdown copy");
                }
                Source source = new Source(BreakdownCopy.table(report), "c.dimension = '" + rows + "'");
                read(connection, source, report, period, offices, breakdown, sums, null, 0, result);
                return result;
            }
            read(
                    connection,
                    new Source(report.tableFor(breakdown.dimensions()), null),
                    report,
                    period,
                    offices,
                    breakdown,
                    sums,
                    null,
                    0,
                    result);
            if (supplemented) {
                Measures.Supplement supplement = measures.supplement();
                read(
                        connection,
                        new Source(supplement.tableFor(breakdown.dimensions()), null),
                        report,
                        period,
                        offices,
                        breakdown,
                        List.of("sum(c." + supplement.value() + ")"),
                        supplement.slot(),
                        1 + measures.columns().size(),
                        result);
            }
        }
        return result;
    }

    /** When the report's rollup was last recomputed; null if never. */
    Instant refreshedAt(Report report) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select refreshed_at from report_refresh where rollup = ?")) {
            statement.setString(1, report.rollup());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getTimestamp(1).toInstant() : null;
            }
        }
    }

    private void read(
            Connection connection,
            Source source,
            Report report,
            Period period,
            Set<UUID> offices,
            Breakdown breakdown,
            List<String> sums,
            String slot,
            int offset,
            Map<String, Map<List<String>, long[]>> result)
            throws SQLException {
        int width = 1 + report.measures().width();
        int keys = breakdown.columns().size();
        int extra = slot == null ? 0 : 1;
        String sql = sql(source, report, period, offices, breakdown, sums, slot);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int p = 1;
            if (report.stock()) {
                statement.setArray(p++, connection.createArrayOf("date", dates(period.snapshotMonths())));
            } else {
                statement.setDate(p++, Date.valueOf(period.from().atDay(1)));
                statement.setDate(p++, Date.valueOf(period.to().atDay(1)));
            }
            if (offices != null) {
                statement.setArray(p, connection.createArrayOf("uuid", offices.toArray()));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String label = rows.getString(1);
                    List<String> key = new ArrayList<>(keys);
                    for (int i = 0; i < keys; i++) {
                        String value = rows.getString(2 + i);
                        key.add(value == null ? "UNKNOWN" : value);
                    }
                    long[] vector = result.computeIfAbsent(label, l -> new LinkedHashMap<>())
                            .computeIfAbsent(List.copyOf(key), k -> new long[width]);
                    int at = slot == null ? offset : offset + rows.getInt(2 + keys);
                    for (int i = 0; i < sums.size(); i++) {
                        // labels can merge raw values (two partners of one name): add, never overwrite
                        vector[at + i] += rows.getLong(2 + keys + extra + i);
                    }
                }
            }
        }
    }

    private static String sql(
            Source source,
            Report report,
            Period period,
            Set<UUID> offices,
            Breakdown breakdown,
            List<String> sums,
            String slot) {
        StringBuilder inner = new StringBuilder("select ").append(periodExpression(period));
        StringBuilder from = new StringBuilder(" from ").append(source.table()).append(" c");
        List<String> columns = breakdown.columns();
        for (int i = 0; i < columns.size(); i++) {
            Dimension dimension = breakdown.dimensions().get(i);
            if (dimension.array()) {
                from.append(" cross join lateral unnest(")
                        .append(columns.get(i))
                        .append(") u")
                        .append(i)
                        .append("(v)");
                inner.append(", u").append(i).append(".v as d").append(i);
            } else {
                inner.append(", ").append(columns.get(i)).append(" as d").append(i);
            }
        }
        if (slot != null) {
            inner.append(", ").append(slot).append(" as slot");
        }
        for (int i = 0; i < sums.size(); i++) {
            inner.append(", ").append(sums.get(i)).append(" as s").append(i);
        }
        inner.append(from).append(report.stock() ? " where c.month = any (?)" : " where c.month between ? and ?");
        if (source.rows() != null) {
            inner.append(" and ").append(source.rows());
        }
        if (offices != null) {
            inner.append(" and c.office_id = any (?)");
        }
        inner.append(" group by 1");
        for (int i = 0; i < columns.size() + (slot == null ? 0 : 1); i++) {
            inner.append(", ").append(i + 2);
        }
        StringBuilder outer = new StringBuilder("select g.period");
        for (int i = 0; i < columns.size(); i++) {
            outer.append(", ").append(label(breakdown.dimensions().get(i).label(), "g.d" + i));
        }
        if (slot != null) {
            outer.append(", g.slot");
        }
        for (int i = 0; i < sums.size(); i++) {
            outer.append(", g.s").append(i);
        }
        return outer.append(" from (").append(inner).append(") g").toString();
    }

    private static String periodExpression(Period period) {
        if (period.granularity() == null) {
            // from validated year-months only: nothing from the request reaches the SQL text
            return "'" + period.labelOf(period.from()) + "' as period";
        }
        return switch (period.granularity()) {
            case MONTH -> "to_char(c.month, 'YYYY-MM') as period";
            case QUARTER -> "to_char(c.month, 'YYYY-\"Q\"Q') as period";
            case YEAR -> "to_char(c.month, 'YYYY') as period";
        };
    }

    private static String label(Dimension.Label label, String value) {
        return switch (label) {
            case NONE -> value + "::text";
            case OFFICE -> "(select o.code from office o where o.id = " + value + ")";
            case OFFICE_SIDE ->
                "coalesce((select o.territory_side from office o where o.id = " + value + "), 'NOT_RECORDED')";
            case PARTNER -> "(select p.name from partner_organisation p where p.id = " + value + ")";
            case PROVIDER ->
                "case when left(" + value + ", 2) = 'O:' then (select o.code from office o where o.id ="
                        + " substr(" + value
                        + ", 3)::uuid) else (select p.name from partner_organisation p where p.id ="
                        + " substr(" + value + ", 3)::uuid) end";
        };
    }

    private static Object[] dates(List<YearMonth> months) {
        return months.stream().map(m -> Date.valueOf(m.atDay(1))).toArray();
    }
}
