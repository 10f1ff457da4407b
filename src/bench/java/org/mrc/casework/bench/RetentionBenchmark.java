package org.mrc.casework.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.mrc.casework.generator.ReportDataGenerator;
import org.mrc.casework.generator.Scale;

/**
 * The retention job (issue 13) on the synthetic province ({@link ReportDataGenerator}, 1,000,000 clients by default)
 * and its effect on the report rebuild, through the packaged production jar on a real PostgreSQL with fsync on: a full
 * report rebuild (timed), the retention dry run (timed; what it would do by rule and office), the real run of the
 * scheduled job (the service restarted with the job due at once: its batches timed from the database, clients
 * anonymised or erased by rule, rows changed per second), then the rebuild again, compared with the one before it.
 * Run with {@code deploy/benchmark-retention}.
 *
 * <p>Not a test: it asserts nothing and never runs in the test suite. {@code bench.retention.steps=load} only loads
 * the province into the kept database ({@code bench.retention.data}) so a later run can reuse it; the real run
 * changes that database for good (the anonymised clients stay anonymised), so a kept database serves one full run.
 * {@code bench.retention.steps=resume} finishes a real run that was stopped part-way in the kept database: it skips
 * the dry run, rebuilds the reports (timed), lets the job resume the run where its last batch ended (only the resumed
 * batches are timed), then rebuilds again.
 */
public final class RetentionBenchmark {

    /** The default transaction timeout of the service: each batch of the job is one transaction. */
    private static final double BATCH_TRANSACTION_SECONDS = 60;
    /** The report rebuild's transaction timeout. */
    private static final double LONG_TRANSACTION_SECONDS = 3600;
    /** The job's period: the next period's claim would start another instance on the same run. */
    private static final double JOB_PERIOD_SECONDS = 24 * 3600;

    private static final Map<String, String> JOB_OFF = Map.of("MRC_RETENTION_INTERVAL", "off");
    private static final Map<String, String> JOB_NOW =
            Map.of("MRC_RETENTION_INTERVAL", "24h", "MRC_RETENTION_DELAY", "1s");

    private final String dataDirectory = System.getProperty("bench.retention.data", "");
    private final boolean loadOnly = "load".equals(System.getProperty("bench.retention.steps", ""));
    private final boolean resume = "resume".equals(System.getProperty("bench.retention.steps", ""));
    /** The period of CLOSED_CASE for the run (0: the rule as the database holds it, 60 months by default). */
    private final int closedCaseMonths = Integer.getInteger("bench.retention.closed-case-months", 12);

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> lines = new ArrayList<>();
    private final Path log = Path.of("target", "retention-benchmark-service.log");

    public static void main(String[] args) throws Exception {
        new RetentionBenchmark().run();
    }

    private void run() throws Exception {
        Scale scale = Scale.fromSystemProperties();
        try (BenchStack stack = BenchStack.startDatabase(dataDirectory)) {
            long started = System.nanoTime();
            stack.startService(log, JOB_OFF);
            System.out.printf(
                    Locale.ROOT,
                    "%nmrc-casework retention benchmark, %d cores; service up (migrations run) in %.1f s%n",
                    Runtime.getRuntime().availableProcessors(),
                    seconds(started));
            stack.loadProvince(scale);
            try (Connection connection = stack.connect()) {
                long applied =
                        BenchStack.count(connection, "select count(*) from client where anonymised_at is not null");
                if (applied > 0) {
                    System.out.printf(
                            Locale.ROOT,
                            "NOTE: %,d clients are anonymised already (an earlier run applied the rules to this"
                                    + " database); the figures below are about what is left%n",
                            applied);
                }
            }
            if (loadOnly) {
                System.out.println("loaded (bench.retention.steps=load); the next run reuses " + dataDirectory);
                return;
            }
            String admin = stack.token("admin", null);
            closedCasePeriod(stack, admin);
            Progress resumed = Progress.NONE;
            if (resume) {
                try (Connection connection = stack.connect()) {
                    resumed = Progress.ofUnfinishedRun(connection);
                }
                System.out.printf(
                        Locale.ROOT,
                        "resuming the unfinished retention run after its batch %,d (%,d clients processed so far)%n",
                        resumed.batches(),
                        resumed.processed());
            }
            double before = rebuild(
                    stack,
                    admin,
                    resume ? "report rebuild before the rest of the run (s)" : "report rebuild before retention (s)");
            if (!resume) {
                dryRun(stack, admin);
            }

            stack.stopService();
            Map<String, Long> rowsBefore;
            try (Connection connection = stack.connect()) {
                try (Statement statement = connection.createStatement()) {
                    // this database's own period claims: the job must run now, whatever an earlier run claimed
                    statement.executeUpdate("delete from job_run where job = 'retention'");
                }
                rowsBefore = rowCounters(connection);
            }
            stack.startService(log, JOB_NOW);
            Applied applied = awaitRun(stack, resumed.batches());
            try (Connection connection = stack.connect()) {
                printRun(stack, connection, applied, rowsBefore, resumed);
            } catch (RuntimeException e) {
                System.out.println("the run's figures could not all be read: " + e);
            }
            stack.stopService();
            stack.startService(log, JOB_OFF);
            double after = rebuild(stack, admin, "report rebuild after retention (s)");
            record("report rebuild after retention / rebuild before it (s, same run)", after, before, false);
            System.out.printf(
                    Locale.ROOT,
                    "%nload average at the end: %s%n",
                    Files.readString(Path.of("/proc/loadavg")).trim());
            System.out.println("\nresults");
            lines.forEach(System.out::println);
        }
    }

    /**
     * The generated province's history starts in 2019 and its cases run on to its end, so the shipped five years
     * without activity select none of them: the run sets CLOSED_CASE to {@code closedCaseMonths} through the admin
     * API (as an operator would), so that the job anonymises closed cases at a realistic volume.
     */
    private void closedCasePeriod(BenchStack stack, String admin) throws Exception {
        if (closedCaseMonths <= 0) {
            return;
        }
        JsonNode rules = json.readTree(stack.getBody("/retention-rules", admin).body());
        for (JsonNode rule : rules) {
            if ("CLOSED_CASE".equals(rule.path("code").asText())) {
                HttpResponse<String> changed = stack.putWithIfMatch(
                        "/retention-rules/CLOSED_CASE",
                        json.writeValueAsString(Map.of(
                                "action",
                                rule.path("action").asText(),
                                "afterMonths",
                                closedCaseMonths,
                                "enabled",
                                true)),
                        admin,
                        "\"" + rule.path("version").asLong() + "\"");
                System.out.printf(
                        Locale.ROOT,
                        "PUT /retention-rules/CLOSED_CASE: %d; closed cases with no activity for %d months (was %d)%n",
                        changed.statusCode(),
                        closedCaseMonths,
                        rule.path("afterMonths").asInt());
            }
        }
    }

    private double rebuild(BenchStack stack, String admin, String name) {
        long start = System.nanoTime();
        HttpResponse<String> response = stack.post("/reports/refresh", "{}", admin);
        double elapsed = seconds(start);
        System.out.printf(
                Locale.ROOT, "POST /reports/refresh as admin: %d in %.1f s%n", response.statusCode(), elapsed);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("rebuild answered " + response.statusCode() + ": " + response.body());
        }
        record(name + ", limit: its transaction timeout", elapsed, LONG_TRANSACTION_SECONDS, false);
        return elapsed;
    }

    /**
     * POST /retention-runs/dry-run, then its report read where the answer says until it finished: timed from the POST
     * to the finish, with its counts by rule and a summary over the offices.
     */
    private void dryRun(BenchStack stack, String admin) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> started = stack.post("/retention-runs/dry-run", "{}", admin);
        if (started.statusCode() != 202) {
            throw new IllegalStateException("dry run answered " + started.statusCode() + ": " + started.body());
        }
        String location = URI.create(started.headers().firstValue("Location").orElseThrow())
                .getPath();
        JsonNode report;
        do {
            Thread.sleep(1000);
            report = json.readTree(stack.getBody(location, admin).body());
            if (!report.path("failedAt").isMissingNode()
                    && !report.path("failedAt").isNull()) {
                throw new IllegalStateException("the dry run failed: " + report);
            }
        } while (report.path("finishedAt").isMissingNode()
                || report.path("finishedAt").isNull());
        double elapsed = seconds(start);
        System.out.printf(
                Locale.ROOT,
                "%nPOST /retention-runs/dry-run as admin: 202 at once; its report finished after %.1f s%n",
                elapsed);
        printLines("dry run (would be)", report);
        record("retention dry run (s), limit: the retention job's period", elapsed, JOB_PERIOD_SECONDS, false);
    }

    /** The real run, as the scheduled job makes it; its batches timed by watching the run's row in the database. */
    private Applied awaitRun(BenchStack stack, int batchesBefore) throws Exception {
        long ready = System.nanoTime();
        List<Double> batchSeconds = new ArrayList<>();
        try (Connection connection = stack.connect();
                Statement statement = connection.createStatement()) {
            int seen = batchesBefore;
            long lastChange = System.nanoTime();
            while (true) {
                try (ResultSet row = statement.executeQuery(
                        "select batches, finished_at is not null from retention_run order by started_at desc limit 1")) {
                    if (row.next()) {
                        int batches = row.getInt(1);
                        long now = System.nanoTime();
                        if (batches > seen) {
                            // several batches between two looks share the time evenly (an underestimate of the longest)
                            for (int i = seen; i < batches; i++) {
                                batchSeconds.add((now - lastChange) / 1e9 / (batches - seen));
                            }
                            seen = batches;
                            lastChange = now;
                        }
                        if (row.getBoolean(2)) {
                            break;
                        }
                    }
                }
                if (seconds(ready) > JOB_PERIOD_SECONDS) {
                    throw new IllegalStateException("the retention run did not finish");
                }
                Thread.sleep(100);
            }
        }
        return new Applied(seconds(ready), batchSeconds);
    }

    private void printRun(
            BenchStack stack, Connection connection, Applied applied, Map<String, Long> rowsBefore, Progress resumed)
            throws Exception {
        double runSeconds;
        int batches;
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        select extract(epoch from finished_at - started_at), batches from retention_run
                        order by started_at desc limit 1""")) {
            row.next();
            runSeconds = row.getDouble(1);
            batches = row.getInt(2);
        }
        Map<String, Long> rowsAfter = rowCounters(connection);
        if (resume) {
            // the run's own start and end span the time it stood stopped: only the resumed part was watched
            System.out.printf(
                    Locale.ROOT,
                    "%nretention run by the scheduled job: %d batches, the last %d of them resumed in this run in"
                            + " %.1f s from readiness to its end%n",
                    batches,
                    batches - resumed.batches(),
                    applied.wallSeconds());
            runSeconds = applied.wallSeconds();
        } else {
            System.out.printf(
                    Locale.ROOT,
                    "%nretention run by the scheduled job: %d batches in %.1f s (%.1f s from readiness to its end)%n",
                    batches,
                    runSeconds,
                    applied.wallSeconds());
        }
        long processed = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select k.rule_code, k.action, sum(k.processed), sum(k.held), sum(k.waiting),
                               count(*) filter (where k.processed > 0)
                        from retention_run_count k
                        where k.run_id = (select id from retention_run order by started_at desc limit 1)
                        group by k.rule_code, k.action order by k.rule_code""")) {
            while (rows.next()) {
                processed += rows.getLong(3);
                System.out.printf(
                        Locale.ROOT,
                        "  %-22s %-9s %,10d clients %s, %,d kept by a legal hold, %,d waiting for their household;"
                                + " %d offices%n",
                        rows.getString(1),
                        rows.getString(2),
                        rows.getLong(3),
                        "ERASE".equals(rows.getString(2)) ? "erased" : "anonymised",
                        rows.getLong(4),
                        rows.getLong(5),
                        rows.getLong(6));
            }
        }
        long changed = 0;
        long reportRows = 0;
        StringBuilder tables = new StringBuilder();
        for (Map.Entry<String, Long> table : rowsAfter.entrySet()) {
            long delta = table.getValue() - rowsBefore.getOrDefault(table.getKey(), 0L);
            if (delta > 0 && table.getKey().startsWith("report_")) {
                // the service's incremental report refresh, catching up with the changes while the job ran
                reportRows += delta;
            } else if (delta > 0 && !table.getKey().startsWith("retention_run")) {
                changed += delta;
                tables.append(String.format(Locale.ROOT, "%n    %-32s %,12d", table.getKey(), delta));
            }
        }
        processed -= resumed.processed();
        System.out.printf(
                Locale.ROOT,
                "  %,d clients processed%s = %.0f clients/s; %,d rows updated or deleted = %.0f rows/s, by table:%s%n",
                processed,
                resume ? " in the resumed part" : "",
                processed / runSeconds,
                changed,
                changed / runSeconds,
                tables);
        System.out.printf(
                Locale.ROOT,
                "  meanwhile the incremental report refresh rewrote %,d rows of the report tables%n",
                reportRows);
        double longest = applied.batchSeconds().stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        double mean = applied.batchSeconds().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
        System.out.printf(
                Locale.ROOT, "  batches: mean %.2f s, longest %.2f s (looked at every 100 ms)%n", mean, longest);
        record(
                "longest retention batch (s), limit: the batch transaction's timeout",
                longest,
                BATCH_TRANSACTION_SECONDS,
                false);
        record(
                resume
                        ? "the resumed part of the retention run (s), limit: the job's period"
                        : "retention run (s), limit: the job's period (the next claim would join the run)",
                runSeconds,
                JOB_PERIOD_SECONDS,
                false);
        HttpResponse<String> latest = stack.getBody("/retention-runs/latest", stack.token("admin", null));
        if (latest.statusCode() == 200) {
            printLines("the run, as GET /retention-runs/latest reports it", json.readTree(latest.body()));
        }
    }

    /** By rule: totals; by office: how many offices, the fewest and most clients in one. */
    private static void printLines(String title, JsonNode report) {
        Map<String, long[]> byRule = new TreeMap<>();
        Map<String, List<Long>> perOffice = new TreeMap<>();
        for (JsonNode line : report.path("lines")) {
            String rule = line.path("rule").asText() + " " + line.path("action").asText();
            long[] sum = byRule.computeIfAbsent(rule, k -> new long[3]);
            sum[0] += line.path("processed").asLong();
            sum[1] += line.path("held").asLong();
            sum[2] += line.path("waitingForHousehold").asLong();
            perOffice
                    .computeIfAbsent(rule, k -> new ArrayList<>())
                    .add(line.path("processed").asLong());
        }
        System.out.println("  " + title + ", by rule:");
        for (Map.Entry<String, long[]> rule : byRule.entrySet()) {
            List<Long> offices = perOffice.get(rule.getKey());
            System.out.printf(
                    Locale.ROOT,
                    "    %-32s %,10d clients, %,d held, %,d waiting for their household; %d offices, %,d to %,d"
                            + " clients each%n",
                    rule.getKey(),
                    rule.getValue()[0],
                    rule.getValue()[1],
                    rule.getValue()[2],
                    offices.size(),
                    offices.stream().mapToLong(Long::longValue).min().orElse(0),
                    offices.stream().mapToLong(Long::longValue).max().orElse(0));
        }
    }

    /** Rows updated plus deleted so far, by table (the statistics collector's counters). */
    private static Map<String, Long> rowCounters(Connection connection) throws Exception {
        // the counters are flushed by each backend within a second of its transaction
        Thread.sleep(1500);
        Map<String, Long> counters = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select relname, n_tup_upd + n_tup_del from pg_stat_user_tables order by relname")) {
            while (rows.next()) {
                counters.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counters;
    }

    private void record(String name, double service, double limit, boolean atLeast) {
        String line = Figures.line(name, service, limit, atLeast);
        lines.add(line);
        System.out.println(line);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private record Applied(double wallSeconds, List<Double> batchSeconds) {}

    /** How far an unfinished run had got when this one started. */
    private record Progress(int batches, long processed) {
        static final Progress NONE = new Progress(0, 0);

        static Progress ofUnfinishedRun(Connection connection) throws Exception {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("""
                            select r.batches, (select coalesce(sum(k.processed), 0) from retention_run_count k
                                               where k.run_id = r.id)
                            from retention_run r where r.finished_at is null""")) {
                if (!row.next()) {
                    throw new IllegalStateException("bench.retention.steps=resume: no unfinished retention run");
                }
                return new Progress(row.getInt(1), row.getLong(2));
            }
        }
    }
}
