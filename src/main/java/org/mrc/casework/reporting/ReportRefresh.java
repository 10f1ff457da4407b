package org.mrc.casework.reporting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.mrc.casework.shared.Ids;
import org.mrc.casework.shared.scheduling.ClusterJobs;
import org.mrc.casework.webhook.WebhookEventType;
import org.mrc.casework.webhook.WebhookEvents;

/**
 * Recomputes the reporting rollups from the case data: on a schedule ({@code mrc.reporting.refresh-interval},
 * default 15 minutes) and on demand. Each rollup is rebuilt in its own transaction, so reports keep reading the
 * previous figures until the new ones commit. A transaction-level advisory lock per rollup keeps two instances (or
 * the schedule and an on-demand refresh) from rebuilding the same rollup at once: the scheduled run skips a rollup
 * that is being rebuilt, an on-demand refresh waits for it and rebuilds after.
 */
@ApplicationScoped
public class ReportRefresh {

    private static final Logger LOG = Logger.getLogger(ReportRefresh.class);
    private static final long LOCK_BASE = 0x5245504FL << 8;
    private static final int TIMEOUT_SECONDS = 3600;

    /**
     * Every report's rollup, rebuilt in this order by its refresh function report_refresh_{rollup} (in
     * R__report_{rollup}.sql; stock rollups take the snapshot months), then its single-breakdown copy, in one transaction.
     */
    private static final List<Report> ROLLUPS = List.of(Report.values());

    /**
     * Advisory lock key of each rollup: LOCK_BASE + its index here. Instances of different versions must agree on it,
     * so a new rollup is appended, never inserted, and none is ever removed or reordered.
     */
    private static final List<String> LOCK_KEYS =
            List.of("caseload", "movement", "return", "family", "referral", "service", "recognition", "deskilling");

    /** A table computed from a rebuilt rollup, and the statement that fills it. */
    record Derived(String table, String fill) {}

    /** The narrower copies (of the rollup, then of its supplement), then the single-breakdown copy built from them. */
    static List<Derived> derivedTables(Report report) {
        List<Derived> derived = new ArrayList<>();
        for (RollupCopy copy : report.narrower()) {
            derived.add(new Derived(
                    copy.table(),
                    copy.fillStatement(report.table(), report.dimensionColumns(), List.of(), report.valueColumns())));
        }
        Measures.Supplement supplement = report.measures().supplement();
        for (RollupCopy copy : supplement == null ? List.<RollupCopy>of() : supplement.narrower()) {
            derived.add(new Derived(
                    copy.table(),
                    copy.fillStatement(
                            supplement.table(),
                            report.dimensionColumns(),
                            supplement.slotKeys(),
                            List.of(supplement.value()))));
        }
        derived.add(new Derived(SingleBreakdownRollup.table(report), SingleBreakdownRollup.fillStatement(report)));
        return derived;
    }

    private final DataSource dataSource;
    private final ReportingConfig config;
    private final Clock clock;

    private final ClusterJobs jobs;
    private final WebhookEvents webhooks;

    ReportRefresh(
            DataSource dataSource, ReportingConfig config, ClusterJobs jobs, WebhookEvents webhooks, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.jobs = jobs;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @Scheduled(
            identity = "report-refresh",
            every = "${mrc.reporting.refresh-interval:15m}",
            delayed = "${mrc.reporting.refresh-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        // the schedule only fires when the interval is a duration ("off" disables it)
        Duration interval = DurationConverter.parseDuration(config.refreshInterval());
        if (jobs.claim("report-refresh", interval)) {
            refresh(false);
        }
    }

    /** Rebuilds every rollup now, waiting for a rebuild in progress elsewhere; returns what was done. */
    public RefreshView refreshNow() {
        return refresh(true);
    }

    private RefreshView refresh(boolean wait) {
        List<RefreshView.Rollup> done = new ArrayList<>();
        for (int i = 0; i < ROLLUPS.size(); i++) {
            Report rollup = ROLLUPS.get(i);
            long lock = LOCK_BASE + LOCK_KEYS.indexOf(rollup.rollup());
            RefreshView.Rollup result =
                    QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> rebuild(rollup, lock, wait));
            if (result != null) {
                done.add(result);
                LOG.infof(
                        "reporting rollup %s rebuilt: %d rows in %d ms",
                        rollup.rollup(), result.rows(), result.durationMs());
            }
        }
        if (!done.isEmpty()) {
            // internal subscribers (dashboards) learn that new figures can be read
            QuarkusTransaction.requiringNew()
                    .run(() -> webhooks.publish(WebhookEventType.REPORT_REFRESHED, Ids.newId(), null));
        }
        return new RefreshView(done);
    }

    private RefreshView.Rollup rebuild(Report rollup, long lock, boolean wait) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // a rebuild reads millions of rows: lift the pool's 30 s socket timeout for it, and put it back
            int socketTimeout = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, TIMEOUT_SECONDS * 1000);
            try {
                return rebuild(connection, rollup, lock, wait);
            } finally {
                connection.setNetworkTimeout(Runnable::run, socketTimeout);
            }
        }
    }

    private RefreshView.Rollup rebuild(Connection connection, Report rollup, long lock, boolean wait)
            throws SQLException {
        try (PreparedStatement locking = connection.prepareStatement(
                wait ? "select pg_advisory_xact_lock(?), true" : "select true, pg_try_advisory_xact_lock(?)")) {
            locking.setLong(1, lock);
            try (ResultSet rows = locking.executeQuery()) {
                rows.next();
                if (!rows.getBoolean(2)) {
                    return null;
                }
            }
        }
        // the figures are as of the moment the rebuild starts reading
        Instant asOf = clock.instant();
        long start = System.nanoTime();
        long rows;
        String function = "report_refresh_" + rollup.rollup();
        String call = "select " + function + (rollup.stock() ? "(?, ?)" : "()");
        try (PreparedStatement statement = connection.prepareStatement(call)) {
            if (rollup.stock()) {
                YearMonth current = YearMonth.now(clock);
                statement.setDate(
                        1,
                        Date.valueOf(current.minusMonths(config.snapshotMonths() - 1L)
                                .atDay(1)));
                statement.setDate(2, Date.valueOf(current.atDay(1)));
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                rows = result.getLong(1);
            }
        }
        List<Derived> derivedTables = derivedTables(rollup);
        try (Statement statement = connection.createStatement()) {
            for (Derived derived : derivedTables) {
                statement.executeUpdate("delete from " + derived.table());
                rows += statement.executeUpdate(derived.fill());
            }
        }
        // fresh statistics with the fresh rows, so that the first reports after a rebuild are planned right; through
        // report_analyze (R__report_shared.sql), as the service's role owns no table
        List<String> analysed = new ArrayList<>(List.of(rollup.table()));
        if (rollup.measures().supplement() != null) {
            analysed.add(rollup.measures().supplement().table());
        }
        derivedTables.forEach(derived -> analysed.add(derived.table()));
        try (PreparedStatement analyse = connection.prepareStatement("select report_analyze(?)")) {
            for (String table : analysed) {
                analyse.setString(1, table);
                analyse.execute();
            }
        }
        long durationMs = (System.nanoTime() - start) / 1_000_000;
        try (PreparedStatement record = connection.prepareStatement(
                "insert into report_refresh (rollup, refreshed_at, duration_ms, row_count) values (?, ?, ?, ?)"
                        + " on conflict (rollup) do update set refreshed_at = excluded.refreshed_at,"
                        + " duration_ms = excluded.duration_ms, row_count = excluded.row_count")) {
            record.setString(1, rollup.rollup());
            record.setObject(2, java.time.OffsetDateTime.ofInstant(asOf, java.time.ZoneOffset.UTC));
            record.setLong(3, durationMs);
            record.setLong(4, rows);
            record.executeUpdate();
        }
        return new RefreshView.Rollup(rollup.rollup(), asOf, durationMs, rows);
    }
}
