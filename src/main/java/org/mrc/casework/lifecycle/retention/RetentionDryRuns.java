package org.mrc.casework.lifecycle.retention;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.mrc.casework.shared.Ids;

/**
 * Dry runs of the retention rules, in the background: one reads every client, batch by batch (half an hour at
 * 1,000,000 clients), so the request that starts it only records it and answers with its id; the report is kept in
 * {@code retention_dry_run} for any instance to answer. While a dry run is under way, starting one again gives that one
 * (a dry run left unfinished by a stopped instance counts as under way for {@link #ABANDONED_AFTER}). Each batch reads
 * in a statement of its own, so no transaction is held open for the whole run.
 */
@ApplicationScoped
class RetentionDryRuns {

    private static final Logger LOG = Logger.getLogger(RetentionDryRuns.class);

    /** After this, a dry run that neither finished nor failed is taken for abandoned (its instance stopped). */
    static final Duration ABANDONED_AFTER = Duration.ofHours(6);

    private static final TypeReference<List<RetentionReport.Line>> LINES = new TypeReference<>() {};

    private final DataSource dataSource;
    private final RetentionBatches batches;
    private final ObjectMapper json;
    private final Clock clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "retention-dry-run");
        thread.setDaemon(true);
        return thread;
    });

    RetentionDryRuns(DataSource dataSource, RetentionBatches batches, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.batches = batches;
        this.json = json;
        this.clock = clock;
    }

    /** The dry run under way, or a new one started in the background (recorded before this returns). */
    RetentionReport start() {
        boolean[] started = new boolean[1];
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement lock =
                        connection.prepareStatement("select pg_advisory_xact_lock(hashtext('retention_dry_run'))")) {
                    lock.execute();
                }
                try (PreparedStatement running = connection.prepareStatement("""
                        select id from retention_dry_run
                        where finished_at is null and failed_at is null and started_at > ?
                        order by started_at desc limit 1""")) {
                    running.setTimestamp(1, Timestamp.from(clock.instant().minus(ABANDONED_AFTER)));
                    try (ResultSet rows = running.executeQuery()) {
                        if (rows.next()) {
                            return rows.getObject(1, UUID.class);
                        }
                    }
                }
                UUID created = Ids.newId();
                try (PreparedStatement insert =
                        connection.prepareStatement("insert into retention_dry_run (id, started_at) values (?, ?)")) {
                    insert.setObject(1, created);
                    insert.setTimestamp(2, Timestamp.from(clock.instant()));
                    insert.executeUpdate();
                }
                started[0] = true;
                return created;
            }
        });
        if (started[0]) {
            runner.submit(() -> complete(id));
        }
        return find(id).orElseThrow();
    }

    /** A dry run's report: its lines once it finished. */
    Optional<RetentionReport> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select started_at, finished_at, failed_at, lines from retention_dry_run where id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String lines = rows.getString(4);
                return Optional.of(new RetentionReport(
                        id,
                        true,
                        rows.getTimestamp(1).toInstant(),
                        instant(rows.getTimestamp(2)),
                        instant(rows.getTimestamp(3)),
                        lines == null ? List.of() : json.readValue(lines, LINES)));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("retention dry run " + id + " could not be read", e);
        }
    }

    private void complete(UUID id) {
        String column = "failed_at";
        String lines = null;
        try {
            lines = json.writeValueAsString(batches.dryRun().lines());
            column = "finished_at";
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.warnf("retention dry run %s failed: %s", id, e.getClass().getSimpleName());
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update retention_dry_run set " + column + " = ?, lines = cast(? as jsonb) where id = ?")) {
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            update.setString(2, lines);
            update.setObject(3, id);
            update.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("retention dry run %s could not be recorded: %s", id, e.getSQLState());
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    void stop(@Observes ShutdownEvent stop) {
        runner.shutdownNow();
    }
}
