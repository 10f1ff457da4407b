package org.mrc.casework.lifecycle.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.mrc.casework.lifecycle.erasure.ErasureService;
import org.mrc.casework.referral.ReferralErasure;

/**
 * The retention job's transactions. A run is a row of {@code retention_run}; each batch locks it, takes the next
 * clients after its cursor, anonymises or erases those due (their referrals reach the partners as an erasure's do:
 * {@link ReferralErasure}), adds the counts and moves the cursor, all in one
 * transaction: a crash loses at most the batch under way, which the next attempt redoes. Two instances running at
 * once queue on the run's lock and take successive batches, never the same one.
 */
@ApplicationScoped
class RetentionBatches {

    private final DataSource dataSource;
    private final ErasureService erasure;
    private final ReferralErasure referrals;
    private final Clock clock;
    private final int batchSize;
    private final int snapshotMonths;

    RetentionBatches(
            DataSource dataSource,
            ErasureService erasure,
            ReferralErasure referrals,
            Clock clock,
            RetentionConfig config,
            SnapshotWindow snapshots) {
        this.dataSource = dataSource;
        this.erasure = erasure;
        this.referrals = referrals;
        this.clock = clock;
        this.batchSize = config.batchSize();
        this.snapshotMonths = snapshots.snapshotMonths();
    }

    /** The run under way (one left unfinished by a crash is resumed), or a new one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    UUID open() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into retention_run (id, started_at) values (?, ?) on conflict do nothing");
                PreparedStatement open =
                        connection.prepareStatement("select id from retention_run where finished_at is null")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setTimestamp(2, Timestamp.from(clock.instant()));
            insert.executeUpdate();
            try (ResultSet rows = open.executeQuery()) {
                rows.next();
                return rows.getObject(1, UUID.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("retention run could not be opened", e);
        }
    }

    /** One batch of the run; false when the run has ended (by this batch or before). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean batch(UUID runId) {
        return batch(runId, batchSize);
    }

    /** {@link #batch(UUID)} of a given size. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean batch(UUID runId, int size) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            Optional<UUID> cursor = lockRun(connection, runId);
            if (cursor.isEmpty()) {
                return false;
            }
            List<RetentionSelection.Candidate> batch =
                    RetentionSelection.next(connection, cursor.get(), size, LocalDate.now(clock));
            if (batch.isEmpty()) {
                try (PreparedStatement finish =
                        connection.prepareStatement("update retention_run set finished_at = ? where id = ?")) {
                    finish.setTimestamp(1, Timestamp.from(now));
                    finish.setObject(2, runId);
                    finish.executeUpdate();
                }
                return false;
            }
            List<UUID> anonymise = new ArrayList<>();
            for (RetentionSelection.Candidate candidate : batch) {
                if (candidate.due() && candidate.action() == RetentionAction.ANONYMISE) {
                    anonymise.add(candidate.clientId());
                } else if (candidate.due() && candidate.action() == RetentionAction.ERASE) {
                    erasure.eraseUnderRetention(candidate.clientId());
                }
            }
            List<UUID> records = PersonalDataAnonymiser.samePeople(connection, anonymise);
            // the partners they were referred to hear of it as of an erasure: their copies go too
            referrals.erase(records);
            PersonalDataAnonymiser.anonymise(
                    connection,
                    records,
                    now,
                    LocalDate.now(clock).withDayOfMonth(1).minusMonths(snapshotMonths - 1L));
            count(connection, runId, tally(batch));
            try (PreparedStatement advance = connection.prepareStatement(
                    "update retention_run set cursor_id = ?, batches = batches + 1 where id = ?")) {
                advance.setObject(1, batch.get(batch.size() - 1).clientId());
                advance.setObject(2, runId);
                advance.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("retention batch failed", e);
        }
    }

    /**
     * What a run now would do, without changing anything: each batch read by a statement of its own, outside any
     * transaction, so that no transaction stays open while every client is read (half an hour at 1,000,000).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    RetentionReport dryRun() {
        Instant started = clock.instant();
        Map<List<Object>, int[]> counts = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        try (Connection connection = dataSource.getConnection()) {
            UUID cursor = RetentionSelection.START;
            List<RetentionSelection.Candidate> batch;
            do {
                batch = RetentionSelection.next(connection, cursor, batchSize, LocalDate.now(clock));
                tally(batch).forEach((key, value) -> {
                    int[] sum = counts.computeIfAbsent(key, k -> new int[3]);
                    for (int i = 0; i < 3; i++) {
                        sum[i] += value[i];
                    }
                });
                if (!batch.isEmpty()) {
                    cursor = batch.get(batch.size() - 1).clientId();
                }
            } while (!batch.isEmpty());
        } catch (SQLException e) {
            throw new IllegalStateException("retention dry run failed", e);
        }
        List<RetentionReport.Line> lines = counts.entrySet().stream()
                .map(e -> new RetentionReport.Line(
                        (String) e.getKey().get(0),
                        (RetentionAction) e.getKey().get(1),
                        (UUID) e.getKey().get(2),
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[2]))
                .toList();
        return new RetentionReport(null, true, started, clock.instant(), null, lines);
    }

    /** The latest run's report, if any run was made. */
    @Transactional
    Optional<RetentionReport> latest() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement run = connection.prepareStatement(
                        "select id, started_at, finished_at from retention_run order by started_at desc limit 1");
                PreparedStatement lines = connection.prepareStatement("""
                        select rule_code, action, office_id, processed, held, waiting from retention_run_count
                        where run_id = ? order by rule_code, office_id""")) {
            UUID id;
            Instant started;
            Instant finished;
            try (ResultSet rows = run.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                id = rows.getObject(1, UUID.class);
                started = rows.getTimestamp(2).toInstant();
                finished = rows.getTimestamp(3) == null
                        ? null
                        : rows.getTimestamp(3).toInstant();
            }
            List<RetentionReport.Line> found = new ArrayList<>();
            lines.setObject(1, id);
            try (ResultSet rows = lines.executeQuery()) {
                while (rows.next()) {
                    found.add(new RetentionReport.Line(
                            rows.getString(1),
                            RetentionAction.valueOf(rows.getString(2)),
                            rows.getObject(3, UUID.class),
                            rows.getInt(4),
                            rows.getInt(5),
                            rows.getInt(6)));
                }
            }
            return Optional.of(new RetentionReport(id, false, started, finished, null, found));
        } catch (SQLException e) {
            throw new IllegalStateException("retention report could not be read", e);
        }
    }

    private static Optional<UUID> lockRun(Connection connection, UUID runId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "select cursor_id from retention_run where id = ? and finished_at is null for update")) {
            lock.setObject(1, runId);
            try (ResultSet rows = lock.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                UUID cursor = rows.getObject(1, UUID.class);
                return Optional.of(cursor == null ? RetentionSelection.START : cursor);
            }
        }
    }

    /** (rule, action, office) -> {processed, held, waiting} of the candidates a rule applies to. */
    private static Map<List<Object>, int[]> tally(List<RetentionSelection.Candidate> batch) {
        Map<List<Object>, int[]> counts = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        for (RetentionSelection.Candidate candidate : batch) {
            if (candidate.rule() == null) {
                continue;
            }
            int[] sum = counts.computeIfAbsent(
                    List.of(candidate.rule(), candidate.action(), candidate.officeId()), k -> new int[3]);
            sum[candidate.held() ? 1 : candidate.waiting() ? 2 : 0]++;
        }
        return counts;
    }

    private static void count(Connection connection, UUID runId, Map<List<Object>, int[]> counts) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into retention_run_count (run_id, rule_code, action, office_id, processed, held, waiting)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (run_id, rule_code, office_id) do update set
                    processed = retention_run_count.processed + excluded.processed,
                    held = retention_run_count.held + excluded.held,
                    waiting = retention_run_count.waiting + excluded.waiting""")) {
            for (Map.Entry<List<Object>, int[]> entry : counts.entrySet()) {
                upsert.setObject(1, runId);
                upsert.setString(2, (String) entry.getKey().get(0));
                upsert.setString(3, entry.getKey().get(1).toString());
                upsert.setObject(4, entry.getKey().get(2));
                upsert.setInt(5, entry.getValue()[0]);
                upsert.setInt(6, entry.getValue()[1]);
                upsert.setInt(7, entry.getValue()[2]);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
