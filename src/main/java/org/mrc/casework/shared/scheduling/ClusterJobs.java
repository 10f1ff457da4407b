package org.mrc.casework.shared.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Lets a scheduled job run once per period across every instance of the service: each period (aligned to the epoch,
 * so every instance computes the same one) can be claimed by one instance only, through the primary key of
 * {@code job_run}. The instance that fires first in a period runs the job; the others skip it. The table is the
 * record of what ran where, for operators, and is pruned after 30 days.
 */
@ApplicationScoped
public class ClusterJobs {

    private static final Logger LOG = Logger.getLogger(ClusterJobs.class);
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private final DataSource dataSource;
    private final Clock clock;

    ClusterJobs(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Claims the current period of {@code job} for this instance. Returns false when another instance has it, and when
     * the database cannot be reached (the next period will try again).
     */
    public boolean claim(String job, Duration period) {
        Instant periodStart = periodStart(clock.instant(), period);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into job_run (job, period_start, instance, started_at) values (?, ?, ?, now())
                        on conflict do nothing""");
                PreparedStatement prune = connection.prepareStatement(
                        "delete from job_run where job = ? and period_start < now() - interval '30 days'")) {
            connection.setAutoCommit(true);
            insert.setString(1, job);
            insert.setTimestamp(2, Timestamp.from(periodStart));
            insert.setString(3, INSTANCE);
            boolean claimed = insert.executeUpdate() == 1;
            if (claimed) {
                prune.setString(1, job);
                prune.executeUpdate();
                LOG.debugf("Job %s runs for the period from %s on this instance", job, periodStart);
            } else {
                LOG.debugf("Job %s skipped for the period from %s: another instance ran it", job, periodStart);
            }
            return claimed;
        } catch (SQLException e) {
            LOG.warnf(
                    "Job %s skipped for the period from %s: database unavailable (%s)",
                    job, periodStart, e.getSQLState());
            return false;
        }
    }

    static Instant periodStart(Instant now, Duration period) {
        long millis = Math.max(1, period.toMillis());
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), millis) * millis);
    }
}
