package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * For every report, the breakdown copy of its rollup answers every breakdown it serves (sex alone, each dimension,
 * each pair of dimensions) exactly as the rollup does: same periods, cells, counts, measures and response-time slots, for every granularity, the whole network and
 * one office, with and without sensitive access. Checked on synthetic rollup rows spread over two months and two
 * offices ({@link SyntheticRollups}), read through {@link ReportQuery} on the transaction that wrote them, which is
 * rolled back.
 */
@QuarkusTest
class BreakdownCopiesTest {

    private static final int SYNTHETIC_ROWS = 400;
    private static final Granularity[] GRANULARITIES = {null, Granularity.MONTH, Granularity.QUARTER};

    @Inject
    DataSource dataSource;

    @ParameterizedTest
    @EnumSource(Report.class)
    void theBreakdownCopyAnswersEveryBreakdownItServesAsTheRollup(Report report) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                java.util.Random random = new java.util.Random(report.ordinal() * 7919L + 20261207L);
                SyntheticRollups.rollupAndCopies(connection, report, random, SYNTHETIC_ROWS, true);
                ReportQuery query = new ReportQuery(SyntheticRollups.sharing(connection), null, false);
                answersAsTheRollup(query, report);
            } finally {
                connection.rollback();
            }
        }
    }

    private static void answersAsTheRollup(ReportQuery query, Report report) throws SQLException {
        Dimension sex = report.dimensions().get("sex");
        Dimension office = report.dimensions().get("office");
        List<Set<UUID>> officeFilters = new ArrayList<>();
        officeFilters.add(null);
        officeFilters.add(Set.of(SyntheticRollups.IDS[0]));
        List<String> kinds = BreakdownCopy.rowKinds(report);
        int compared = 0;
        for (String kind : kinds) {
            for (List<Dimension> extra :
                    List.of(List.<Dimension>of(), List.of(sex), List.of(office), List.of(sex, office))) {
                List<Dimension> all = new ArrayList<>();
                if (report.implicit() != null) {
                    all.add(report.implicit());
                }
                all.addAll(BreakdownCopy.dimensionsOf(report, kind));
                all.addAll(extra);
                Optional<String> rows = BreakdownCopy.rowsFor(report, all);
                assertEquals(Optional.of(kind), rows, () -> report + " " + all + " should read the breakdown copy");
                Measures.Supplement supplement = report.measures().supplement();
                boolean supplemented = supplement != null
                        && all.stream().allMatch(d -> supplement.dimensions().contains(d.name()));
                for (boolean sensitiveAccess : new boolean[] {false, true}) {
                    ReportQuery.Breakdown breakdown = new ReportQuery.Breakdown(
                            all,
                            all.stream().map(d -> d.columnFor(sensitiveAccess)).toList());
                    for (Granularity granularity : GRANULARITIES) {
                        for (Set<UUID> offices : officeFilters) {
                            Period period = new Period(
                                    YearMonth.parse(SyntheticRollups.MONTHS[0]),
                                    YearMonth.parse(SyntheticRollups.MONTHS[1]),
                                    granularity);
                            var expected =
                                    comparable(query.sums(report, period, offices, breakdown, supplemented, null));
                            var actual = comparable(
                                    query.sums(report, period, offices, breakdown, supplemented, rows.get()));
                            String what = report + " "
                                    + all.stream().map(Dimension::name).toList() + " " + granularity + " offices "
                                    + offices;
                            assertFalse(expected.isEmpty(), () -> "no figures to compare for " + what);
                            assertEquals(expected, actual, () -> what);
                            compared++;
                        }
                    }
                }
            }
        }
        assertEquals(kinds.size() * 4 * 2 * GRANULARITIES.length * officeFilters.size(), compared);
    }

    private static Map<String, Map<String, List<Long>>> comparable(Map<String, Map<List<String>, long[]>> sums) {
        Map<String, Map<String, List<Long>>> result = new TreeMap<>();
        sums.forEach((period, cells) -> {
            Map<String, List<Long>> byKey = new TreeMap<>();
            cells.forEach((key, vector) -> byKey.put(
                    String.join("\u0000", key), Arrays.stream(vector).boxed().toList()));
            result.put(period, byKey);
        });
        return result;
    }
}
