package org.mrc.casework.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One generator run on one connection: the time span the data cover, the deterministic pseudo-random and id functions
 * (temporary, gone with the connection), the offices, and timing of each step.
 *
 * <p>Randomness is {@code pg_temp.u(n, salt)}: a uniform number in [0, 1) hashed from a row number and a salt, so a
 * load is repeatable and needs no random state. Ids are {@code pg_temp.gid(kind, n)}: time-ordered (version 7 layout)
 * UUIDs made of this run's start time, a table kind and the row number, so rows of one table can name rows of another
 * by number, without a lookup, and indexes fill in order.
 */
final class LoadSession {

    static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    static final LocalDate LAST_PLANNED_DAY = LocalDate.of(2026, 11, 30);

    static final int CLIENT = 1;
    static final int EPISODE = 2;
    static final int PHASE_CHANGE = 3;
    static final int LINK = 4;
    static final int PARTNER = 5;
    static final int LOCATION = 6;
    static final int OFFERING = 7;
    static final int REFERRAL = 8;
    static final int CLIENT_REF = 9;
    static final int REFERRAL_EVENT = 10;
    static final int DELIVERY = 11;
    static final int SESSION = 12;
    static final int DIPLOMA = 13;
    static final int RECOGNITION = 14;
    static final int EMPLOYMENT = 15;
    static final int MERGE = 16;
    static final int OFFICE = 17;

    private static final Path SQL_LOG =
            System.getProperty("gen.sql.log") == null ? null : Path.of(System.getProperty("gen.sql.log"));

    final Scale scale;
    /** The last day data may fall on: the end of the planned span, or yesterday if that is earlier (never future). */
    final LocalDate lastDay;
    /** Day numbers run from 0 (2019-01-01) to this. */
    final int days;

    /** Services partners recorded with their referrals: the offices deliver the rest of the requested total. */
    long partnerDeliveries;

    List<UUID> officeIds;
    List<String> officeCodes;

    private final Connection connection;
    private final String idPrefix;

    LoadSession(Connection connection, Scale scale) {
        this.connection = connection;
        this.scale = scale;
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        this.lastDay = yesterday.isBefore(LAST_PLANNED_DAY) ? yesterday : LAST_PLANNED_DAY;
        this.days = (int) ChronoUnit.DAYS.between(FIRST_DAY, lastDay);
        this.idPrefix = String.format(Locale.ROOT, "%012x", System.currentTimeMillis());
    }

    void prepare() throws SQLException {
        connection.setAutoCommit(true);
        // the plans live in temporary tables of a few hundred MB: keep them in memory (set before any is created)
        execute("set temp_buffers = '2GB'");
        execute("set work_mem = '256MB'");
        execute("set maintenance_work_mem = '512MB'");
        execute("""
                create or replace function pg_temp.u(n bigint, salt integer) returns double precision
                    language sql immutable parallel safe as
                $$ select ((hashint8extended(n, salt) >> 11) & 9007199254740991)::float8 / 9007199254740992.0 $$;
                """);
        execute(fill("""
                create or replace function pg_temp.gid(kind integer, n bigint) returns uuid
                    language sql immutable parallel safe as
                $$ select ('${prefix}' || '7' || lpad(to_hex(kind), 3, '0') || '8000' || lpad(to_hex(n), 12, '0'))::uuid $$;
                """, Map.of("prefix", idPrefix)));
        execute("""
                create or replace function pg_temp.past(t timestamptz) returns timestamptz
                    language sql stable parallel safe as
                $$ select case when t <= now() then t end $$;
                """);
        execute("""
                create or replace function pg_temp.day(d integer) returns date
                    language sql immutable parallel safe as
                $$ select date '2019-01-01' + d $$;
                """);
    }

    /** Placeholders every step may use, plus the given ones. */
    String fill(String template, Map<String, ?> values) {
        Map<String, Object> all = new HashMap<>(values);
        all.putIfAbsent("days", days);
        all.putIfAbsent("office_ids", officeIds == null ? "null" : uuidArray(officeIds));
        all.putIfAbsent("office_codes", officeCodes == null ? "null" : SqlText.textArray(officeCodes));
        for (var kind : Map.of(
                        "CLIENT",
                        CLIENT,
                        "EPISODE",
                        EPISODE,
                        "PHASE_CHANGE",
                        PHASE_CHANGE,
                        "LINK",
                        LINK,
                        "PARTNER",
                        PARTNER,
                        "LOCATION",
                        LOCATION,
                        "OFFERING",
                        OFFERING,
                        "REFERRAL",
                        REFERRAL,
                        "CLIENT_REF",
                        CLIENT_REF,
                        "REFERRAL_EVENT",
                        REFERRAL_EVENT)
                .entrySet()) {
            all.putIfAbsent(kind.getKey(), kind.getValue());
        }
        for (var kind : Map.of(
                        "DELIVERY",
                        DELIVERY,
                        "SESSION",
                        SESSION,
                        "DIPLOMA",
                        DIPLOMA,
                        "RECOGNITION",
                        RECOGNITION,
                        "EMPLOYMENT",
                        EMPLOYMENT,
                        "MERGE",
                        MERGE,
                        "OFFICE",
                        OFFICE)
                .entrySet()) {
            all.putIfAbsent(kind.getKey(), kind.getValue());
        }
        return SqlText.fill(template, all);
    }

    String fill(String template) {
        return fill(template, Map.of());
    }

    int execute(String sql) throws SQLException {
        if (SQL_LOG != null) {
            // -Dgen.sql.log=FILE: every statement, to replay or EXPLAIN in psql (the data are synthetic)
            try {
                Files.writeString(SQL_LOG, sql + ";\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return statement.getUpdateCount();
        }
    }

    long queryLong(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    double queryDouble(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getDouble(1);
        }
    }

    Connection connection() {
        return connection;
    }

    /** A step that fills one table: runs it and prints how many rows it added and how long it took. */
    void table(String table, Work work) throws SQLException {
        long before = System.nanoTime();
        long rows = work.run();
        double seconds = (System.nanoTime() - before) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "  %-26s %,12d rows in %6.1f s (%,.0f rows/s)%n",
                table,
                rows,
                seconds,
                seconds > 0 ? rows / seconds : 0.0);
    }

    /**
     * Runs {@code work} in one transaction in which the foreign keys of {@code tables} are checked once, in bulk, at
     * the end instead of row by row: they are dropped and added back with their own names and definitions, which
     * makes PostgreSQL validate every loaded row. A row-by-row check locks the referenced row (a write to a random
     * page of a big table for every inserted row); the bulk check is one join. If anything fails, the rollback puts the
     * constraints back untouched; while it runs, the tables are locked for everyone else.
     */
    long withForeignKeysCheckedAtEnd(List<String> tables, Work work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            List<String[]> keys = new ArrayList<>();
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("select conname, pg_get_constraintdef(oid) from"
                                + " pg_constraint where contype = 'f' and conrelid = '" + table + "'::regclass"
                                + " order by conname")) {
                    while (rows.next()) {
                        keys.add(new String[] {table, rows.getString(1), rows.getString(2)});
                    }
                }
            }
            for (String[] key : keys) {
                execute("alter table " + key[0] + " drop constraint " + key[1]);
            }
            long rows = work.run();
            long start = System.nanoTime();
            for (String[] key : keys) {
                execute("alter table " + key[0] + " add constraint " + key[1] + " " + key[2]);
            }
            connection.commit();
            System.out.printf(
                    Locale.ROOT,
                    "  validated %d foreign keys of %s in %.1f s%n",
                    keys.size(),
                    String.join(", ", tables),
                    (System.nanoTime() - start) / 1e9);
            return rows;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** {@link #table} with the foreign keys of {@code tables} checked at the end ({@link #withForeignKeysCheckedAtEnd}). */
    void tableCheckedAtEnd(String table, List<String> tables, Work work) throws SQLException {
        table(table, () -> withForeignKeysCheckedAtEnd(tables, work));
    }

    /** Runs {@code batch(from, to)} over 1..total in slices, printing progress for long tables. */
    static long inBatches(long total, long size, String what, Batch batch) throws SQLException {
        long rows = 0;
        for (long from = 1; from <= total; from += size) {
            long to = Math.min(total, from + size - 1);
            rows += batch.run(from, to);
            if (total > size) {
                System.out.printf(Locale.ROOT, "    ... %s %,d of %,d%n", what, to, total);
            }
        }
        return rows;
    }

    private static String uuidArray(List<UUID> ids) {
        StringBuilder sql = new StringBuilder("array[");
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "" : ",").append('\'').append(ids.get(i)).append('\'');
        }
        return sql.append("]::uuid[]").toString();
    }

    /** Work that adds rows. */
    @FunctionalInterface
    interface Work {
        long run() throws SQLException;
    }

    /** Work on the numbered slice from..to (inclusive). */
    @FunctionalInterface
    interface Batch {
        long run(long from, long to) throws SQLException;
    }
}
