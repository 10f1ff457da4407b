package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.AgeBand;

/** The SQL helpers of the rollups agree with the Java rules they mirror. */
@QuarkusTest
class ReportingSqlFunctionsTest {

    @Inject
    DataSource dataSource;

    @Test
    void theSqlAgeBandIsTheClientAgeBandOnEveryBoundary() throws SQLException {
        List<String> mismatches = new ArrayList<>();
        LocalDate[] births = {
            LocalDate.of(2011, 6, 15), LocalDate.of(2000, 2, 29), LocalDate.of(1961, 12, 31), LocalDate.of(1991, 1, 1)
        };
        try (Connection connection = dataSource.getConnection();
                PreparedStatement band = connection.prepareStatement("select mrc_age_band(?, ?, ?)")) {
            for (LocalDate birth : births) {
                for (int years : new int[] {-1, 0, 14, 15, 24, 25, 34, 35, 49, 50, 64, 65, 90}) {
                    for (int days : new int[] {-1, 0, 1}) {
                        LocalDate on = birth.plusYears(years).plusDays(days);
                        String expectedExact = AgeBand.of(birth, null, on);
                        String expectedYear = AgeBand.of(null, birth.getYear(), on);
                        check(band, birth, null, on, expectedExact, mismatches);
                        check(band, null, birth.getYear(), on, expectedYear, mismatches);
                    }
                }
            }
            check(band, null, null, LocalDate.of(2026, 1, 1), null, mismatches);
        }
        assertEquals(List.of(), mismatches);
    }

    private static void check(
            PreparedStatement band,
            LocalDate birthDate,
            Integer birthYear,
            LocalDate on,
            String expected,
            List<String> mismatches)
            throws SQLException {
        band.setObject(1, birthDate == null ? null : Date.valueOf(birthDate), Types.DATE);
        band.setObject(2, birthYear, Types.INTEGER);
        band.setDate(3, Date.valueOf(on));
        try (ResultSet rows = band.executeQuery()) {
            rows.next();
            String actual = rows.getString(1);
            String wanted = expected == null ? "UNKNOWN" : expected;
            if (!wanted.equals(actual)) {
                mismatches.add(birthDate + "/" + birthYear + " on " + on + ": sql " + actual + ", java " + wanted);
            }
        }
    }

    @Test
    void hoursFallInTheBucketsResponseTimesReads() throws SQLException {
        double[] hours = {0, 0.99, 1, 1.5, 2, 23.99, 24, 167.9, 168, 2159.99, 2160, 10_000};
        int[] buckets = {0, 0, 1, 1, 2, 5, 6, 9, 10, 15, 16, 16};
        try (Connection connection = dataSource.getConnection();
                PreparedStatement bucket = connection.prepareStatement("select mrc_hours_bucket(?)")) {
            for (int i = 0; i < hours.length; i++) {
                bucket.setDouble(1, hours[i]);
                try (ResultSet rows = bucket.executeQuery()) {
                    rows.next();
                    assertEquals(buckets[i], rows.getInt(1), hours[i] + " h");
                }
            }
        }
        // bucket i stays under BOUNDS_HOURS[i]
        assertEquals(1, ResponseTimes.BOUNDS_HOURS[0]);
        assertEquals(24, ResponseTimes.BOUNDS_HOURS[5]);
        assertEquals(2160, ResponseTimes.BOUNDS_HOURS[15]);
    }

    @Test
    void percentilesAreReadFromTheCumulativeBucketsAndNeedEnoughDurations() {
        long[] buckets = new long[17];
        buckets[2] = 4; // 2 to under 4 hours
        buckets[6] = 5; // 24 to under 48 hours
        buckets[16] = 1; // 2160 hours or more
        // 10 durations: the 5th (median) is in bucket 6, the 9th (p90) in bucket 6, the 10th beyond the last bound
        assertEquals(48, ResponseTimes.percentile(buckets, 0.5, 5));
        assertEquals(48, ResponseTimes.percentile(buckets, 0.9, 5));
        assertEquals(4, ResponseTimes.percentile(buckets, 0.4, 5));
        assertNull(ResponseTimes.percentile(buckets, 1.0, 5));
        assertNull(ResponseTimes.percentile(buckets, 0.5, 11));
    }
}
