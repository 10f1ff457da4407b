package org.mrc.casework.lifecycle.retention;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mrc.casework.shared.scheduling.ClusterJobs;

/**
 * Applies the retention rules every {@code mrc.retention.interval} (default 24 h; {@code off} switches it off), first
 * {@code mrc.retention.delay} after start-up (default 5 min), on one instance per period ({@link ClusterJobs}), batch
 * by batch until every client was looked at; a run a crash interrupted is resumed where its last batch ended.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final RetentionBatches batches;
    private final ClusterJobs jobs;
    private final String interval;

    RetentionJob(RetentionBatches batches, ClusterJobs jobs, RetentionConfig config) {
        this.batches = batches;
        this.jobs = jobs;
        this.interval = config.interval();
    }

    @Scheduled(
            every = "${mrc.retention.interval}",
            delayed = "${mrc.retention.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (jobs.claim("retention", DurationConverter.parseDuration(interval))) {
            run();
        }
    }

    /** Runs the open run (or a new one) to its end and returns its report. */
    public RetentionReport run() {
        UUID run = batches.open();
        int done = 0;
        while (batches.batch(run)) {
            done++;
        }
        LOG.infof("Retention run %s: %d batches by this instance", run, done);
        return batches.latest().orElseThrow();
    }
}
