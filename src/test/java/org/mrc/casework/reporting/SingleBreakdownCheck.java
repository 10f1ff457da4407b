package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The single-breakdown copy of a rollup must answer every breakdown it serves exactly as the rollup does: same
 * periods, cells, counts, measures and response-time slots. Each report test runs this over its own dataset after
 * the refresh.
 */
final class SingleBreakdownCheck {

    private static final Granularity[] GRANULARITIES = {null, Granularity.MONTH, Granularity.QUARTER};

    private SingleBreakdownCheck() {}

    static void answersAsTheRollup(ReportQuery query, Report report, String from, String to) throws SQLException {
        Dimension sex = report.dimensions().get("sex");
        Dimension office = report.dimensions().get("office");
        // every office, and one office with figures in the period's last month (the office filter)
        List<Set<UUID>> officeFilters = new ArrayList<>();
        officeFilters.add(null);
        officeFilters.add(Set.of(anOfficeWithFigures(report, to)));
        List<Dimension> singles = new ArrayList<>(SingleBreakdownRollup.copied(report));
        singles.add(null);
        for (Dimension single : singles) {
            for (List<Dimension> extra :
                    List.of(List.<Dimension>of(), List.of(sex), List.of(office), List.of(sex, office))) {
                List<Dimension> all = new ArrayList<>();
                if (report.implicit() != null) {
                    all.add(report.implicit());
                }
                if (single != null) {
                    all.add(single);
                }
                all.addAll(extra);
                Optional<String> rows = SingleBreakdownRollup.rowsFor(report, all);
                assertTrue(rows.isPresent(), () -> report + " " + all + " should read the single-breakdown copy");
                Measures.Supplement supplement = report.measures().supplement();
                boolean supplemented = supplement != null
                        && all.stream().allMatch(d -> supplement.dimensions().contains(d.name()));
                for (boolean sensitiveAccess : new boolean[] {false, true}) {
                    ReportQuery.Breakdown breakdown = new ReportQuery.Breakdown(
                            all,
                            all.stream().map(d -> d.columnFor(sensitiveAccess)).toList());
                    for (Granularity granularity : GRANULARITIES) {
                        for (Set<UUID> offices : officeFilters) {
                            Period period = new Period(YearMonth.parse(from), YearMonth.parse(to), granularity);
                            var expected =
                                    comparable(query.sums(report, period, offices, breakdown, supplemented, null));
                            var actual = comparable(
                                    query.sums(report, period, offices, breakdown, supplemented, rows.get()));
                            String what = report + " "
                                    + all.stream().map(Dimension::name).toList() + " " + granularity + " offices "
                                    + offices;
                            assertFalse(expected.isEmpty(), () -> "no figures to compare for " + what);
                            assertEquals(expected, actual, () -> what);
                        }
                    }
                }
            }
        }
    }

    private static UUID anOfficeWithFigures(Report report, String month) throws SQLException {
        DataSource dataSource = Arc.container().instance(DataSource.class).get();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select office_id from " + report.table() + " where month = ? order by office_id limit 1")) {
            statement.setDate(1, Date.valueOf(YearMonth.parse(month).atDay(1)));
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), () -> report + " has no figures in " + month);
                return rows.getObject(1, UUID.class);
            }
        }
    }

    private static Map<String, Map<List<String>, List<Long>>> comparable(Map<String, Map<List<String>, long[]>> sums) {
        Map<String, Map<List<String>, List<Long>>> result = new TreeMap<>();
        sums.forEach((period, cells) -> {
            Map<List<String>, List<Long>> byKey = new TreeMap<>(SingleBreakdownCheck::compareKeys);
            cells.forEach((key, vector) ->
                    byKey.put(key, Arrays.stream(vector).boxed().toList()));
            result.put(period, byKey);
        });
        return result;
    }

    private static int compareKeys(List<String> a, List<String> b) {
        return String.join("\u0000", a).compareTo(String.join("\u0000", b));
    }
}
