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
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.mrc.casework.shared.Ids;
import org.mrc.casework.shared.scheduling.ClusterJobs;
import org.mrc.casework.webhook.WebhookEventType;
import org.mrc.casework.webhook.WebhookEvents;

/**
 * Keeps the reporting rollups equal to what a rebuild from the case data gives. Every change to the data a rollup
 * reads leaves a mark in report_change (triggers of R__report_changes.sql): which office's figures from which month
 * on it may alter. Every {@code mrc.reporting.changes-interval} (default 15 seconds) the marks are drained: each
 * rollup with marks has exactly those (office, first month) partitions recomputed, with its copies, by the same
 * functions and statements that rebuild it whole; stock rollups also recompute the current month of every office
 * once a day (their snapshot date is today) and drop the month ends older than they keep. A full rebuild runs every
 * {@code mrc.reporting.refresh-interval} (default 24 hours; it also writes the rows back in (month, office) order)
 * and on demand.
 *
 * <p>Each rollup is recomputed in its own transaction, which consumes the marks it reads (delete ... returning, so a
 * mark committed later stays for the next round, and a failed round leaves them all), so reports keep reading the
 * previous figures until the new ones commit. A transaction-level advisory lock per rollup keeps two instances (or
 * the schedule and an on-demand refresh) from recomputing the same rollup at once: the scheduled runs skip a rollup
 * that is being recomputed, an on-demand refresh waits for it and rebuilds after.
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
    private static final List<String> LOCK_KEYS = List.of(
            "caseload",
            "movement",
            "return",
            "family",
            "referral",
            "service",
            "recognition",
            "deskilling",
            "schooling");

    /** A table computed from a rebuilt rollup, and the statement that fills it. */
    record Derived(String table, String fill) {}

    /**
     * The narrower copies (of the rollup, then of its supplement), then the single-breakdown copy built from them; each
     * fill statement computes the partitions listed in report_partition.
     */
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
        derived.add(new Derived(BreakdownCopy.table(report), BreakdownCopy.fillStatement(report)));
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

    /** How much of a rollup a round recomputes. */
    enum Scope {
        /** every office and month, the rows written back in (month, office) order */
        WHOLE,
        /** the partitions its marks name, if any */
        CHANGED
    }

    @Scheduled(
            identity = "report-refresh",
            every = "${mrc.reporting.refresh-interval}",
            delayed = "${mrc.reporting.refresh-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        // the schedule only fires when the interval is a duration ("off" disables it)
        Duration interval = DurationConverter.parseDuration(config.refreshInterval());
        if (jobs.claim("report-refresh", interval)) {
            refresh(Scope.WHOLE, false);
        }
    }

    @Scheduled(
            identity = "report-changes",
            every = "${mrc.reporting.changes-interval}",
            delayed = "${mrc.reporting.refresh-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledChanges() {
        Duration interval = DurationConverter.parseDuration(config.changesInterval());
        if (jobs.claim("report-changes", interval)) {
            refresh(Scope.CHANGED, false);
        }
    }

    /** Rebuilds every rollup now, waiting for a rebuild in progress elsewhere; returns what was done. */
    public RefreshView refreshNow() {
        return refresh(Scope.WHOLE, true);
    }

    /**
     * Recomputes the partitions the marks name, in every rollup rebuilt whole at least once, waiting for a rebuild in
     * progress elsewhere; returns the rollups that had something to recompute.
     */
    public RefreshView applyChangesNow() {
        return refresh(Scope.CHANGED, true);
    }

    private RefreshView refresh(Scope scope, boolean wait) {
        List<RefreshView.Rollup> done = new ArrayList<>();
        for (int i = 0; i < ROLLUPS.size(); i++) {
            Report rollup = ROLLUPS.get(i);
            long lock = LOCK_BASE + LOCK_KEYS.indexOf(rollup.rollup());
            RefreshView.Rollup result = QuarkusTransaction.requiringNew()
                    .timeout(TIMEOUT_SECONDS)
                    .call(() -> rebuild(rollup, scope, lock, wait));
            if (result != null) {
                done.add(result);
                LOG.infof(
                        "reporting rollup %s %s: %d rows in %d ms",
                        rollup.rollup(),
                        scope == Scope.WHOLE ? "rebuilt" : "brought up to date",
                        result.rows(),
                        result.durationMs());
            }
        }
        if (!done.isEmpty()) {
            // internal subscribers (dashboards) learn that new figures can be read
            QuarkusTransaction.requiringNew()
                    .run(() -> webhooks.publish(WebhookEventType.REPORT_REFRESHED, Ids.newId(), null));
        }
        return new RefreshView(done);
    }

    private RefreshView.Rollup rebuild(Report rollup, Scope scope, long lock, boolean wait) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // a rebuild reads millions of rows: lift the pool's 30 s socket timeout for it, and put it back
            int socketTimeout = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, TIMEOUT_SECONDS * 1000);
            try {
                return rebuild(connection, rollup, scope, lock, wait);
            } finally {
                connection.setNetworkTimeout(Runnable::run, socketTimeout);
            }
        }
    }

    /**
     * Lists the partitions to recompute in report_partition, one row per office with its first month: those the
     * rollup's marks name (consumed here), every office from the month of the last round when the day has changed
     * since (stock figures of the current month are taken on today's date), or (WHOLE) every office and month.
     * Returns how many; none for a rollup never rebuilt whole, whose marks then stay.
     */
    private static int partitions(Connection connection, Report rollup, Scope scope) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                with marks as (delete from report_change where rollup = ? returning office_id, from_month),
                     last_round as (select refreshed_at from report_refresh where rollup = ?),
                     wanted as (
                         select office_id, from_month from marks
                         union all
                         select null, date_trunc('month', refreshed_at)::date from last_round
                         where ? and refreshed_at::date < current_date
                         union all
                         select null, '-infinity'::date where ?)
                insert into report_partition (office_id, from_month)
                select o.id, min(w.from_month)
                from wanted w
                join office o on w.office_id is null or o.id = w.office_id
                where ? or exists (select 1 from last_round)
                group by o.id""")) {
            boolean whole = scope == Scope.WHOLE;
            statement.setString(1, rollup.rollup());
            statement.setString(2, rollup.rollup());
            statement.setBoolean(3, rollup.stock());
            statement.setBoolean(4, whole);
            statement.setBoolean(5, whole);
            return statement.executeUpdate();
        }
    }

    private RefreshView.Rollup rebuild(Connection connection, Report rollup, Scope scope, long lock, boolean wait)
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
        // the figures are as of the moment the round starts reading: every change committed before is in them
        return round(connection, rollup, scope, clock.instant(), YearMonth.now(clock), config.snapshotMonths());
    }

    /**
     * One round on {@code rollup} in the caller's transaction (which holds its lock): lists the partitions, recomputes
     * them in the rollup and its copies, and records {@code asOf}; returns what was done, or null when nothing
     * changed.
     */
    static RefreshView.Rollup round(
            Connection connection, Report rollup, Scope scope, Instant asOf, YearMonth current, int snapshotMonths)
            throws SQLException {
        long start = System.nanoTime();
        YearMonth firstMonth = current.minusMonths(snapshotMonths - 1L);
        if (partitions(connection, rollup, scope) == 0) {
            // nothing changed: the figures stand as of now (a rollup never rebuilt whole has no row to touch)
            stamp(connection, rollup, asOf);
            return null;
        }
        long rows;
        String function = "report_refresh_" + rollup.rollup();
        String call = "select " + function + (rollup.stock() ? "(?, ?)" : "()");
        try (PreparedStatement statement = connection.prepareStatement(call)) {
            if (rollup.stock()) {
                statement.setDate(1, Date.valueOf(firstMonth.atDay(1)));
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
                if (rollup.stock()) {
                    // month ends older than the rollups keep go (a date computed here, no request text)
                    statement.executeUpdate(
                            "delete from " + derived.table() + " where month < date '" + firstMonth.atDay(1) + "'");
                }
                statement.executeUpdate("delete from " + derived.table()
                        + " t using report_partition p where t.office_id = p.office_id and t.month >= p.from_month");
                rows += statement.executeUpdate(derived.fill());
            }
            statement.executeUpdate("delete from report_partition");
        }
        if (scope == Scope.CHANGED) {
            stamp(connection, rollup, asOf);
            return new RefreshView.Rollup(rollup.rollup(), asOf, (System.nanoTime() - start) / 1_000_000, rows);
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
            record.setObject(2, OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC));
            record.setLong(3, durationMs);
            record.setLong(4, rows);
            record.executeUpdate();
        }
        return new RefreshView.Rollup(rollup.rollup(), asOf, durationMs, rows);
    }

    /** Records that the rollup's figures stand as of {@code asOf}. */
    private static void stamp(Connection connection, Report rollup, Instant asOf) throws SQLException {
        try (PreparedStatement stamp =
                connection.prepareStatement("update report_refresh set refreshed_at = ? where rollup = ?")) {
            stamp.setObject(1, OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC));
            stamp.setString(2, rollup.rollup());
            stamp.executeUpdate();
        }
    }
}
