package org.mrc.casework.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.mrc.casework.generator.ReportDataGenerator;
import org.mrc.casework.generator.Scale;

/**
 * Aggregate reports at scale: loads the synthetic province ({@link ReportDataGenerator}, 1,000,000 clients by default)
 * into a real PostgreSQL with fsync on, starts the packaged production jar against it, refreshes the report rollups
 * (the time that takes is how fresh reports can be kept), then asks every report with one and with three breakdown
 * dimensions, with varied offices, periods, granularities and callers, and prints p50/p95 latency and the share of
 * suppressed cells. For comparison it runs, straight on the base tables, the plain SQL GROUP BY that answers a typical
 * three-dimension question for the whole province over twelve months, and prints how many times slower that is.
 * Run with {@code deploy/benchmark-reports} (see README).
 *
 * <p>Not a test: it asserts nothing and never runs in the test suite. A report that answers anything but 200 is
 * counted by status and the benchmark goes on.
 */
public final class ReportBenchmark {

    private static final int WARMUPS = 5;
    private static final int BASELINE_RUNS = 3;
    private static final int SLOWEST = 4;
    private final int samples = Integer.getInteger("bench.samples", 0);
    private final String dataDirectory = System.getProperty("bench.report.data", "");
    private final boolean refreshFirst = !"false".equals(System.getProperty("bench.report.refresh", "true"));
    private final Random random = new Random(20261129L);
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> summary = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final int repeats = Integer.getInteger("bench.repeats", 20);
    private final int loadSeconds = Integer.getInteger("bench.seconds", 20);
    private final int writers = Integer.getInteger("bench.writers", 4);
    /** bench.report.only=freshness: only the freshness figures, on a kept database (BENCH_REPORT_DATA). */
    private final boolean freshnessOnly = "freshness".equals(System.getProperty("bench.report.only", ""));

    private final int freshnessSeconds = Integer.getInteger("bench.freshness.seconds", 120);

    /** Analysts may ask the sensitive dimensions too: the widest set of allowed questions. */
    private static final Map<String, String> SERVICE_ENV = Map.of("MRC_REPORT_SENSITIVE_DIMENSIONS", "true");

    private static final int CALLERS = 32;

    /** The service's output, this run's only (both starts append to it). */
    private static final Path SERVICE_LOG = Path.of("target", "report-benchmark-service.log");

    public static void main(String[] args) throws Exception {
        new ReportBenchmark().run();
    }

    private void run() throws Exception {
        Scale scale = Scale.fromSystemProperties();
        Wrk.require();
        try (BenchStack stack = BenchStack.startDatabase(dataDirectory)) {
            long started = System.nanoTime();
            Files.deleteIfExists(SERVICE_LOG);
            stack.startService(SERVICE_LOG, SERVICE_ENV);
            System.out.printf(
                    Locale.ROOT,
                    "%nmrc-casework report benchmark, %d cores; service up (migrations run) in %.1f s%n",
                    Runtime.getRuntime().availableProcessors(),
                    seconds(started));
            stack.loadProvince(scale);
            stack.settleAfterLoad();
            if (refreshFirst || dataDirectory.isBlank()) {
                refresh(stack);
            } else {
                System.out.println("rollups as the kept database holds them (BENCH_REPORT_REFRESH=false)");
            }
            if (freshnessOnly) {
                ReportSweep sweep = new ReportSweep(stack);
                freshness(stack, sweep.questions(), sweep.analystToken());
                lines.forEach(System.out::println);
                return;
            }
            Map<String, Double> plain = new java.util.LinkedHashMap<>();
            try (Connection connection = stack.connect()) {
                for (ReportCase report : ReportCase.ALL) {
                    plain.put(report.name(), baseline(connection, report));
                }
            }
            stack.stopService();
            long readyMillis = stack.startService(SERVICE_LOG, SERVICE_ENV);
            lines.add(Figures.line(
                    "readiness after launch (ms, loaded database, migrations done, shared machine)",
                    readyMillis,
                    3000,
                    false));
            System.out.println(lines.get(lines.size() - 1));
            everyQuestion(stack, plain);
            if (samples > 0) {
                sampledSeries(stack, plain);
            }
            lines.add(unexpectedFailures(SERVICE_LOG));
            System.out.println(lines.get(lines.size() - 1));
            System.out.printf(
                    Locale.ROOT,
                    "%nload average at the end: %s%n",
                    Files.readString(Path.of("/proc/loadavg")).trim());
            System.out.println("\nresults");
            lines.forEach(System.out::println);
            if (samples > 0) {
                System.out.println("\nsummary (ms; sequential requests; plain SQL = GROUP BY over the base tables)");
                summary.forEach(System.out::println);
            }
        }
    }

    /**
     * Every question ({@link ReportSweep}) once; the slowest 30 again {@code repeats} times each, the ten slowest of
     * those printed with their parameters, p95 and ratio to the report's plain GROUP BY; then 32 callers asking the
     * questions at random (resident memory), then the freshness under a write load ({@link ReportFreshness}).
     */
    private void everyQuestion(BenchStack stack, Map<String, Double> plain) throws Exception {
        ReportSweep sweep = new ReportSweep(stack);
        List<ReportSweep.Question> questions = sweep.questions();
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        List<ReportSweep.Question> warmUp = new ArrayList<>(questions);
        java.util.Collections.shuffle(warmUp, random);
        sweep.ask(warmUp.subList(0, Math.min(300, warmUp.size())), 1, new TreeMap<>());
        long start = System.nanoTime();
        List<ReportSweep.Timed> once = sweep.ask(questions, 1, statuses);
        System.out.printf(
                Locale.ROOT,
                "%nevery question once: %,d questions (every report x every set of up to 3 dimensions x 4"
                        + " granularities x whole network / one office, 1-24 months) in %.0f s%n",
                questions.size(),
                seconds(start));
        ReportSweep.printPerReport(once, statuses, System.out::println);
        ReportSweep.printByBreadth(once, System.out::println);
        long[] all =
                once.stream().mapToLong(t -> t.latencies().sortedNanos()[0]).toArray();
        Latencies overall = Latencies.of(all);
        record("report questions, one request each, p95 over all (ms)", overall.p95Millis(), 50, false);

        List<ReportSweep.Question> candidates = ReportSweep.slowest(once, 30).stream()
                .map(ReportSweep.Timed::question)
                .toList();
        List<ReportSweep.Timed> again = sweep.ask(candidates, repeats, new TreeMap<>());
        List<ReportSweep.Timed> slowest = ReportSweep.slowest(again, 10);
        System.out.printf(Locale.ROOT, "%nthe ten slowest questions, each asked %d times:%n", repeats);
        double worstP95 = 0;
        double worstRatio = Double.MAX_VALUE;
        for (ReportSweep.Timed timed : slowest) {
            double p95 = timed.latencies().p95Millis();
            double ratio = plain.get(timed.question().report().name()) / p95;
            worstP95 = Math.max(worstP95, p95);
            worstRatio = Math.min(worstRatio, ratio);
            record(
                    String.format(
                            Locale.ROOT,
                            "p95 of %s (ms; p50 %.1f; plain GROUP BY %.0f ms = %.1f x)%s",
                            timed.question().path(),
                            timed.latencies().p50Millis(),
                            plain.get(timed.question().report().name()),
                            ratio,
                            timed.failures() > 0 ? " " + timed.failures() + " not 200" : ""),
                    p95,
                    50,
                    false);
        }
        record("slowest report question p95 (ms)", worstP95, 50, false);
        record("plain GROUP BY / p95 of the slowest questions, lowest (x)", worstRatio, 20, true);

        // through wrk, like the speed benchmark: a load generator in Java on the same cores would measure itself too
        Path paths = Path.of("target", "report-benchmark-questions.txt");
        Files.write(paths, questions.stream().map(ReportSweep.Question::path).toList());
        Wrk.Run concurrent = Wrk.get(stack.base(), sweep.analystToken(), paths, CALLERS, loadSeconds);
        long rss = stack.serviceRssMiB();
        System.out.printf(
                Locale.ROOT,
                "%n32 callers asking random questions for %d s: %.1f requests/s, p50 %.1f ms, p99 %.1f ms, not 200: %s,"
                        + " no whole answer (socket errors): %d%n",
                loadSeconds,
                concurrent.perSecond(),
                concurrent.p50Millis(),
                concurrent.p99Millis(),
                concurrent.notOk(),
                concurrent.socketErrors());
        record("resident memory at 32 report callers (MiB)", rss, 300, false);

        freshness(stack, questions, sweep.analystToken());
    }

    /** The write-to-report delay and the report p95 while a write load runs ({@link ReportFreshness}). */
    private void freshness(BenchStack stack, List<ReportSweep.Question> questions, String analyst) throws Exception {
        ReportFreshness.Result fresh = new ReportFreshness(stack).run(questions, analyst, writers, freshnessSeconds);
        System.out.printf(
                Locale.ROOT,
                "freshness: %.1f writes/s; delay p50 %.1f s, max %.1f s; %d of %d probes not shown within 3 min%n",
                fresh.writes() / fresh.seconds(),
                fresh.delays().p50Millis() / 1000,
                fresh.delays().percentile(1.0) / 1000,
                fresh.unseen(),
                fresh.probes());
        record("write to report delay p95 under write load (s)", fresh.delays().p95Millis() / 1000, 60, false);
        record(
                String.format(
                        Locale.ROOT,
                        "report p95 while refreshing under write load (ms; %d reads, %d not 200)",
                        fresh.reads().sortedNanos().length,
                        fresh.readFailures()),
                fresh.reads().p95Millis(),
                100,
                false);
    }

    /**
     * Requests the service failed unexpectedly during the run (each logged once by the problem mapper) and how many of
     * them ran out of memory: a load that only slows the service must leave both at 0.
     */
    static String unexpectedFailures(Path serviceLog) throws IOException {
        long failures;
        long outOfMemory;
        try (var log = Files.lines(serviceLog)) {
            List<String> errors = log.filter(l -> l.contains("Unexpected failure while serving request"))
                    .toList();
            failures = errors.size();
            outOfMemory =
                    errors.stream().filter(l -> l.contains("OutOfMemoryError")).count();
        }
        return String.format(
                Locale.ROOT,
                "requests failed unexpectedly (service log): %d, of which out of memory: %d (limit 0)",
                failures,
                outOfMemory);
    }

    private void record(String name, double service, double limit, boolean atLeast) {
        String line = Figures.line(name, service, limit, atLeast);
        lines.add(line);
        System.out.println(line);
    }

    /** The sampled figures of the first report benchmark: 1 and 3 dimensions per report, with suppression shares. */
    private void sampledSeries(BenchStack stack, Map<String, Double> plain) {
        Callers callers = new Callers(stack);
        for (ReportCase report : ReportCase.ALL) {
            Series one = series(stack, callers, report, report.oneDimension());
            Series three = series(stack, callers, report, report.threeDimensions());
            double baseline = plain.get(report.name());
            summary.add(String.format(
                    Locale.ROOT,
                    "%-22s 1 dim p50 %7.1f p95 %7.1f | 3 dims p50 %7.1f p95 %7.1f | plain SQL %8.1f ms = %s"
                            + " x 3-dim p50 | suppressed %s",
                    report.name(),
                    one.latencies().p50Millis(),
                    one.latencies().p95Millis(),
                    three.latencies().p50Millis(),
                    three.latencies().p95Millis(),
                    baseline,
                    three.ok() > 0
                            ? String.format(
                                    Locale.ROOT,
                                    "%.1f",
                                    baseline / three.latencies().p50Millis())
                            : "n/a (no 200)",
                    three.suppressedShare()));
        }
    }

    private void refresh(BenchStack stack) {
        long start = System.nanoTime();
        HttpResponse<String> response = stack.post("/reports/refresh", "{}", stack.token("admin", null));
        double elapsed = seconds(start);
        System.out.printf(
                Locale.ROOT,
                "POST /reports/refresh as admin: %d in %.1f s (freshness: how long recomputing every rollup takes)%s%n",
                response.statusCode(),
                elapsed,
                response.statusCode() / 100 == 2 ? " " + abbreviated(response.body()) : "");
    }

    /** {@code samples} sequential requests after warm-ups, rotating among the dimension sets. */
    private Series series(BenchStack stack, Callers callers, ReportCase report, List<List<String>> dimensionSets) {
        int dimensions = dimensionSets.get(0).size();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long[] nanos = new long[samples];
        String[] paths = new String[samples];
        long cells = 0;
        long suppressed = 0;
        for (int i = -WARMUPS; i < samples; i++) {
            List<String> set = dimensionSets.get(Math.floorMod(i, dimensionSets.size()));
            Callers.Call call = callers.next(random);
            String path = report.path() + "?" + query(set, call.office(), ReportSweep.stock(report));
            long start = System.nanoTime();
            HttpResponse<String> response = stack.getBody(path, call.token());
            long elapsed = System.nanoTime() - start;
            if (i < 0) {
                continue;
            }
            nanos[i] = elapsed;
            paths[i] = path + " as " + call.label();
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 200) {
                long[] seen = suppression(response.body());
                cells += seen[0];
                suppressed += seen[1];
            }
        }
        Series series = new Series(Latencies.of(nanos), statuses, cells, suppressed);
        series.latencies()
                .print(String.format(
                        Locale.ROOT,
                        "%s, %d dimension%s (%s)",
                        report.path(),
                        dimensions,
                        dimensions == 1 ? "" : "s",
                        String.join(
                                " / ",
                                dimensionSets.stream()
                                        .map(s -> String.join(",", s))
                                        .toList())));
        System.out.printf(
                Locale.ROOT, "    statuses %s; %,d cells, suppressed %s%n", statuses, cells, series.suppressedShare());
        printSlowest(nanos, paths);
        return series;
    }

    /** The requests that make the tail, so a p95 can be traced to the parameters that cost it. */
    private static void printSlowest(long[] nanos, String[] paths) {
        Integer[] order = new Integer[nanos.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(nanos[b], nanos[a]));
        for (int i = 0; i < Math.min(SLOWEST, order.length); i++) {
            System.out.printf(Locale.ROOT, "    slow: %7.1f ms %s%n", nanos[order[i]] / 1e6, paths[order[i]]);
        }
    }

    /**
     * Stock reports keep month ends for the last 36 months (mrc.reporting.snapshot-months): their windows lie within
     * them; event reports range over the whole history.
     */
    private String query(List<String> dimensions, String office, boolean stock) {
        StringBuilder query = new StringBuilder()
                .append(ReportSweep.window(random, stock, 1 + random.nextInt(24)))
                .append("&dimensions=")
                .append(URLEncoder.encode(String.join(",", dimensions), StandardCharsets.UTF_8));
        if (random.nextInt(10) < 3) {
            query.append("&granularity=QUARTER");
        }
        if (office != null) {
            query.append("&office=").append(office);
        }
        return query.toString();
    }

    /** Cells seen and cells suppressed in one report response. */
    private long[] suppression(String body) {
        try {
            JsonNode cells = json.readTree(body).path("cells");
            long suppressed = 0;
            for (JsonNode cell : cells) {
                if (cell.path("suppressed").asBoolean(false)) {
                    suppressed++;
                }
            }
            return new long[] {cells.size(), suppressed};
        } catch (IOException e) {
            return new long[] {0, 0};
        }
    }

    /** Median of a few runs of the report's plain GROUP BY over the base tables (after one warm-up run). */
    private double baseline(Connection connection, ReportCase report) throws SQLException {
        double[] millis = new double[BASELINE_RUNS];
        long rows = 0;
        for (int run = -1; run < BASELINE_RUNS; run++) {
            long start = System.nanoTime();
            rows = 0;
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery(report.baselineSql())) {
                while (result.next()) {
                    rows++;
                }
            }
            if (run >= 0) {
                millis[run] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        double median = millis[BASELINE_RUNS / 2];
        System.out.printf(
                Locale.ROOT,
                "    plain SQL over the base tables (%s, whole province, 12 months): median %.1f ms of %d runs,"
                        + " %,d groups%n",
                String.join(",", report.threeDimensions().get(0)),
                median,
                BASELINE_RUNS,
                rows);
        return median;
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** One figure: latencies, the statuses answered, and how many cells came back and how many were suppressed. */
    private record Series(Latencies latencies, Map<Integer, Integer> statuses, long cells, long suppressed) {
        long ok() {
            return statuses.getOrDefault(200, 0);
        }

        String suppressedShare() {
            return cells == 0
                    ? "n/a (no cells)"
                    : String.format(Locale.ROOT, "%.1f%% of %,d cells", 100.0 * suppressed / cells, cells);
        }
    }
}
