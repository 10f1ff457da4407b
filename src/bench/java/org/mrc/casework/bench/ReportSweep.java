package org.mrc.casework.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.mrc.casework.generator.OfficeTree;

/**
 * Every report question, not a sample: every report with every set of up to three of its dimensions, every
 * granularity (none, MONTH, QUARTER, YEAR), the whole network and one office, each asked once over a period whose
 * length cycles through 1 to 24 months (so every length is asked of every report, and every long-tail dimension with
 * monthly granularity). The slowest questions of that pass are then asked again {@code repeats} times each, and their
 * p95 and the ratio of the report's plain GROUP BY over the base tables to that p95 are printed.
 *
 * <p>Asked as an analyst of a deployment with sensitive dimensions enabled (the widest set of allowed questions).
 */
final class ReportSweep {

    /** The months requests may cover: 2019-01 (0) to 2026-11 (94); stock reports keep the last 36 month ends. */
    private static final int MONTHS = 95;

    private static final int SNAPSHOT_MONTHS = 36;

    /** Index of the current month, as the service sees it (2019-01 is 0). */
    private static final int CURRENT =
            (java.time.YearMonth.now(java.time.ZoneOffset.UTC).getYear() - 2019) * 12
                    + java.time.YearMonth.now(java.time.ZoneOffset.UTC).getMonthValue()
                    - 1;

    private static final List<String> GRANULARITIES = List.of("", "MONTH", "QUARTER", "YEAR");

    /**
     * One question: report, its path with the query, and how many of its dimensions are other than sex, office and
     * territorySide (the breadth the service's copies are organised by).
     */
    record Question(ReportCase report, String path, int others) {}

    /** The dimensions every table of a report can answer beside any breakdown. */
    private static final List<String> ALWAYS = List.of("sex", "office", "territorySide");

    /** A question's latency over repeats. */
    record Timed(Question question, Latencies latencies, int failures) {}

    private final BenchStack stack;
    private final String analyst;
    private final Random random = new Random(20261207L);

    ReportSweep(BenchStack stack) {
        this.stack = stack;
        this.analyst = stack.token("analyst", null);
    }

    String analystToken() {
        return analyst;
    }

    /** Every question shape of every report, each with its own period and office. */
    List<Question> questions() {
        List<Question> questions = new ArrayList<>();
        int shape = 0;
        for (ReportCase report : ReportCase.ALL) {
            boolean stock = stock(report);
            for (List<String> dimensions : report.dimensionSets(3)) {
                for (String granularity : GRANULARITIES) {
                    for (boolean oneOffice : List.of(false, true)) {
                        StringBuilder query = new StringBuilder("?").append(window(random, stock, 1 + shape++ % 24));
                        if (!dimensions.isEmpty()) {
                            query.append("&dimensions=")
                                    .append(URLEncoder.encode(String.join(",", dimensions), StandardCharsets.UTF_8));
                        }
                        if (!granularity.isEmpty()) {
                            query.append("&granularity=").append(granularity);
                        }
                        if (oneOffice) {
                            query.append("&office=").append(OfficeTree.code(random.nextInt(OfficeTree.OFFICES)));
                        }
                        int others = (int) dimensions.stream()
                                .filter(d -> !ALWAYS.contains(d))
                                .count();
                        questions.add(new Question(report, report.path() + query, others));
                    }
                }
            }
        }
        return questions;
    }

    /** Asks each question {@code times} times; statuses other than 200 are counted per report. */
    List<Timed> ask(List<Question> questions, int times, Map<String, Map<Integer, Integer>> statuses) {
        List<Timed> timed = new ArrayList<>(questions.size());
        for (Question question : questions) {
            long[] nanos = new long[times];
            int failures = 0;
            for (int i = 0; i < times; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = stack.getBody(question.path(), analyst);
                nanos[i] = System.nanoTime() - start;
                statuses.computeIfAbsent(question.report().name(), r -> new TreeMap<>())
                        .merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() != 200) {
                    failures++;
                }
            }
            timed.add(new Timed(question, Latencies.of(nanos), failures));
        }
        return timed;
    }

    /** The {@code n} slowest by p95, slowest first. */
    static List<Timed> slowest(List<Timed> timed, int n) {
        return timed.stream()
                .sorted(Comparator.comparingDouble((Timed t) -> t.latencies().p95Millis())
                        .reversed())
                .limit(n)
                .toList();
    }

    /** Per report: how many questions, their p50/p95 (one request each), and the statuses seen. */
    static void printPerReport(List<Timed> timed, Map<String, Map<Integer, Integer>> statuses, Consumer<String> out) {
        for (ReportCase report : ReportCase.ALL) {
            long[] nanos = timed.stream()
                    .filter(t -> t.question().report() == report)
                    .mapToLong(t -> t.latencies().sortedNanos()[0])
                    .toArray();
            Latencies latencies = Latencies.of(nanos);
            out.accept(String.format(
                    Locale.ROOT,
                    "  %-22s %5d questions: p50 %6.1f ms, p95 %6.1f ms, max %7.1f ms; statuses %s",
                    report.name(),
                    nanos.length,
                    latencies.p50Millis(),
                    latencies.p95Millis(),
                    latencies.percentile(1.0),
                    statuses.get(report.name())));
        }
    }

    /** By breadth (dimensions other than sex, office and territorySide): how many questions and their p50/p95. */
    static void printByBreadth(List<Timed> timed, Consumer<String> out) {
        for (int others = 0; others <= 3; others++) {
            int breadth = others;
            long[] nanos = timed.stream()
                    .filter(t -> t.question().others() == breadth)
                    .mapToLong(t -> t.latencies().sortedNanos()[0])
                    .toArray();
            if (nanos.length == 0) {
                continue;
            }
            Latencies latencies = Latencies.of(nanos);
            out.accept(String.format(
                    Locale.ROOT,
                    "  %d other dimension%s %5d questions: p50 %6.1f ms, p95 %6.1f ms, max %7.1f ms",
                    others,
                    others == 1 ? ": " : "s:",
                    nanos.length,
                    latencies.p50Millis(),
                    latencies.p95Millis(),
                    latencies.percentile(1.0)));
        }
    }

    /** Stock reports count what stood on the last day of each period; the others events in each period. */
    static boolean stock(ReportCase report) {
        return report.name().equals("caseload")
                || report.name().equals("families-left-behind")
                || report.name().startsWith("skills/");
    }

    /**
     * {@code from=...&to=...} for {@code length} months at a random place: stock reports within the month ends the
     * service keeps (the last 36, the current month included), event reports anywhere in the data's history.
     */
    static String window(Random random, boolean stock, int length) {
        int earliest = stock ? CURRENT - SNAPSHOT_MONTHS + 1 : 0;
        int first = earliest + random.nextInt(Math.max(1, MONTHS - earliest - length + 1));
        return "from=" + month(first) + "&to=" + month(first + length - 1);
    }

    private static String month(int index) {
        return String.format(Locale.ROOT, "%d-%02d", 2019 + index / 12, 1 + index % 12);
    }
}
