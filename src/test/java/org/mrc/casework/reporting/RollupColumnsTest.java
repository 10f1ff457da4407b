package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The reporting tables the migrations create are exactly those the report definitions in Java read and fill, with
 * exactly the columns the definitions imply: read from information_schema, compared with the rollup, its narrower
 * copies, its supplement and their copies, and its single-breakdown copy, as {@link Report}, {@link Measures},
 * {@link RollupCopy} and {@link BreakdownCopy} declare them. A column added to a table and not to its
 * definition (or the reverse), or a copy table no definition names, fails here.
 */
@QuarkusTest
class RollupColumnsTest {

    private static final List<String> KEYS = List.of("month", "office_id");

    @Inject
    DataSource dataSource;

    @Test
    void everyReportingTableHasTheColumnsItsDefinitionImplies() throws SQLException {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (Report report : Report.values()) {
            Map<String, String> columns = report.dimensionColumns();
            expected.put(report.table(), columns(KEYS, columns.values(), report.valueColumns()));
            for (RollupCopy copy : report.narrower()) {
                expected.put(copy.table(), columns(KEYS, kept(columns, copy.dimensions()), report.valueColumns()));
            }
            Measures.Supplement supplement = report.measures().supplement();
            if (supplement != null) {
                List<String> slotted = new ArrayList<>(supplement.slotKeys());
                slotted.add(supplement.value());
                expected.put(supplement.table(), columns(KEYS, kept(columns, supplement.dimensions()), slotted));
                for (RollupCopy copy : supplement.narrower()) {
                    expected.put(copy.table(), columns(KEYS, kept(columns, copy.dimensions()), slotted));
                }
            }
            List<String> single = new ArrayList<>(List.of("dimension", "sex"));
            if (report.implicit() != null) {
                single.add(report.implicit().columnName());
            }
            BreakdownCopy.copied(report).forEach(d -> single.add(d.columnName()));
            single.addAll(report.valueColumns());
            single.addAll(BreakdownCopy.slotColumns(report));
            expected.put(BreakdownCopy.table(report), columns(KEYS, single, List.of()));
        }
        assertEquals(expected, actual());
    }

    private static Set<String> columns(List<String> keys, java.util.Collection<String> middle, List<String> values) {
        Set<String> all = new TreeSet<>(keys);
        all.addAll(middle);
        all.addAll(values);
        return all;
    }

    /** The columns of the dimensions a copy keeps (office_id is among the keys of every table). */
    private static List<String> kept(Map<String, String> columns, Set<String> dimensions) {
        List<String> kept = new ArrayList<>();
        columns.forEach((dimension, column) -> {
            if (dimensions.contains(dimension)) {
                kept.add(column);
            }
        });
        return kept;
    }

    /** Every reporting rollup table and its columns (apart: the record of rebuilds, the change marks, the work list). */
    private Map<String, Set<String>> actual() throws SQLException {
        Map<String, Set<String>> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        select c.table_name, c.column_name
                        from information_schema.columns c
                        join information_schema.tables t
                          on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                          and c.table_name like 'report\\_%'
                          and c.table_name not in ('report_refresh', 'report_change', 'report_partition')""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tables.computeIfAbsent(rows.getString(1), t -> new TreeSet<>()).add(rows.getString(2));
            }
        }
        return tables;
    }
}
