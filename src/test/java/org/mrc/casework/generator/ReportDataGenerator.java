package org.mrc.casework.generator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Loads a realistic synthetic dataset for the aggregate reports into an already migrated database: a province of 30
 * offices, clients with their migration episodes and phase history, household links, partners and their offerings,
 * referrals with their status history, the service log with group sessions, diplomas with their recognition history
 * and occupations before, during and after migration. Sizes come from a {@link Scale} (the by default).
 *
 * <p>Everything is set-based SQL over {@code generate_series} with hash-based deterministic pseudo-randomness, loaded in
 * batches through the real tables, their constraints and their triggers (nothing is disabled), so a million clients
 * load in minutes. The distributions follow the domain: more women among families left behind and in family, child
 * education and health services, seasonal returns clustered in two harvest seasons, a long tail of small offices and
 * of small municipalities of origin (so that small-cell suppression has cells to suppress), AVRR kept apart from
 * deportation, preparedness recorded for only part of the returns.
 *
 * <p>Run with {@code deploy/generate-data} (see README); the report benchmark calls {@link #load} directly.
 */
public final class ReportDataGenerator {

    /** Above this many clients a database is not a scratch or benchmark database any more. */
    public static final int FEW_THOUSAND_CLIENTS = 5_000;

    static final List<String> TABLES = List.of(
            "office",
            "client",
            "client_merge",
            "migration_episode",
            "phase_change",
            "client_link",
            "partner_organisation",
            "partner_location",
            "offering",
            "referral",
            "referral_event",
            "service_delivery",
            "group_session",
            "group_session_attendee",
            "group_session_headcount",
            "client_diploma",
            "diploma_recognition",
            "client_employment",
            "child_schooling");

    private ReportDataGenerator() {}

    /** Loads {@code scale} worth of synthetic data through {@code connection} into a migrated database. */
    public static void load(Connection connection, Scale scale) throws SQLException {
        long start = System.nanoTime();
        LoadSession session = new LoadSession(connection, scale);
        session.prepare();
        System.out.printf(Locale.ROOT, "generating %s; dates %s..%s%n", scale, LoadSession.FIRST_DAY, session.lastDay);
        session.table("office", () -> {
            OfficeTree.load(session);
            return OfficeTree.OFFICES;
        });
        new PeopleLoad(session).load();
        new PartnerDirectoryLoad(session).load();
        new ReferralLoad(session).load();
        new ServiceLogLoad(session).load();
        new HumanCapitalLoad(session).load();
        new SchoolingLoad(session).load();
        session.table("client (pseudonymous intakes)", () -> new PseudonymousIntakeLoad(session).load());
        long analyze = System.nanoTime();
        for (String table : TABLES) {
            session.execute("analyze " + table);
        }
        System.out.printf(Locale.ROOT, "  analyze of %d tables in %.1f s%n", TABLES.size(), seconds(analyze));
        session.execute("discard temp");
        System.out.printf(Locale.ROOT, "generated the whole dataset in %.1f s%n", seconds(start));
        StringBuilder counts = new StringBuilder("rows now in the database:");
        for (String table : TABLES) {
            counts.append(String.format(
                    Locale.ROOT, "%n  %-26s %,12d", table, session.queryLong("select count(*) from " + table)));
        }
        System.out.println(counts);
    }

    /**
     * {@code gen.db.url}, {@code gen.db.user}, {@code gen.db.password}; sizes as {@link Scale#fromSystemProperties()};
     * {@code gen.force=true} to load into a database that already holds more than a few thousand clients.
     */
    public static void main(String[] args) throws SQLException {
        String url = System.getProperty("gen.db.url", "jdbc:postgresql://localhost:54329/postgres");
        String user = System.getProperty("gen.db.user", "postgres");
        String password = System.getProperty("gen.db.password", "postgres");
        boolean force = Boolean.getBoolean("gen.force");
        Scale scale = Scale.fromSystemProperties();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            String refusal = refusal(connection, force);
            if (refusal != null) {
                System.err.println("generate-data: " + refusal);
                System.exit(2);
            }
            load(connection, scale);
        }
    }

    /** Why not to load into this database, or null. */
    private static String refusal(Connection connection, boolean force) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select to_regclass('public.client') is not null")) {
            rows.next();
            if (!rows.getBoolean(1)) {
                return "the database has no schema yet: start the service against it once (deploy/run does) so that"
                        + " its migrations run, then generate";
            }
        }
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from client")) {
            rows.next();
            long clients = rows.getLong(1);
            if (clients > FEW_THOUSAND_CLIENTS && !force) {
                return String.format(
                        Locale.ROOT,
                        "the database already holds %,d clients. The generator adds a whole synthetic province on top"
                                + " (a million people at the default scale) and nothing removes it again; that is"
                                + " meant for a scratch or benchmark database, not one with real or earlier data."
                                + " Set GEN_FORCE=1 to load anyway.",
                        clients);
            }
        }
        return null;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
