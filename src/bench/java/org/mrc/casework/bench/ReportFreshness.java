package org.mrc.casework.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.mrc.casework.generator.OfficeTree;

/**
 * How long a write takes to show in the reports while a write load runs and the service refreshes its rollups from
 * what changed (mrc.reporting.changes-interval). Writers record back-dated services (POST /clients/{id}/services,
 * dated in the last 24 months) for clients of every office but one, the probe office; a prober records one service a
 * second for a client of the probe office, dated in a fixed past month, and a poller asks the services-delivered
 * report of that office and month every 200 ms: the delay of probe k is from its 201 to the first report showing
 * at least base + k services. Meanwhile a reader asks the given report questions one after another: their p95 is the
 * report latency while refreshing.
 */
final class ReportFreshness {

    /** What the run measured. */
    record Result(
            Latencies delays,
            int probes,
            int unseen,
            int writes,
            int writeFailures,
            double seconds,
            Latencies reads,
            int readFailures) {}

    private final BenchStack stack;
    private final ObjectMapper json = new ObjectMapper();

    ReportFreshness(BenchStack stack) {
        this.stack = stack;
    }

    Result run(List<ReportSweep.Question> questions, String analyst, int writers, int seconds) throws Exception {
        String probeOffice = OfficeTree.code(OfficeTree.OFFICES - 1);
        List<String[]> writable = new ArrayList<>();
        List<String> probeClients = new ArrayList<>();
        YearMonth probeMonth;
        try (Connection connection = stack.connect()) {
            try (PreparedStatement statement =
                    connection.prepareStatement("select c.id, o.code from client c join office o on o.id = c.office_id"
                            + " where c.merged_into is null order by random() limit 4000")) {
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        if (rows.getString(2).equals(probeOffice)) {
                            probeClients.add(rows.getString(1));
                        } else {
                            writable.add(new String[] {rows.getString(1), rows.getString(2)});
                        }
                    }
                }
            }
            try (PreparedStatement statement =
                    connection.prepareStatement("select c.id from client c join office o on o.id = c.office_id"
                            + " where c.merged_into is null and o.code = ? limit 50")) {
                statement.setString(1, probeOffice);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        probeClients.add(rows.getString(1));
                    }
                }
            }
            // the probe office's busiest month of the last two years: its total is far above the threshold
            try (PreparedStatement statement = connection.prepareStatement(
                    "select s.month from report_service s join office o on o.id = s.office_id where o.code = ?"
                            + " and s.month >= date '2025-01-01' group by s.month order by sum(s.people) desc"
                            + " limit 1")) {
                statement.setString(1, probeOffice);
                try (ResultSet rows = statement.executeQuery()) {
                    probeMonth = rows.next() ? YearMonth.from(rows.getDate(1).toLocalDate()) : YearMonth.of(2026, 6);
                }
            }
        }
        String probeReport =
                "/reports/services-delivered?from=" + probeMonth + "&to=" + probeMonth + "&office=" + probeOffice;
        String probeToken = stack.token("caseworker", probeOffice);
        long base = total(stack.getBody(probeReport, analyst));
        System.out.printf(
                Locale.ROOT,
                "freshness: probe office %s, month %s, %d services shown before; %d writers, %d s%n",
                probeOffice,
                probeMonth,
                base,
                writers,
                seconds);

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger writes = new AtomicInteger();
        AtomicInteger writeFailures = new AtomicInteger();
        List<long[]> probes = new CopyOnWriteArrayList<>(); // {written at, seen at (0 = not yet)}
        ConcurrentHashMap<Integer, Integer> readStatuses = new ConcurrentHashMap<>();
        List<Long> readNanos = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        ConcurrentHashMap<String, String> tokens = new ConcurrentHashMap<>();
        for (int w = 0; w < writers; w++) {
            int seed = w;
            threads.add(started(() -> {
                Random random = new Random(seed);
                while (running.get()) {
                    String[] client = writable.get(random.nextInt(writable.size()));
                    LocalDate day = LocalDate.of(2026, 11, 28).minusDays(random.nextInt(730));
                    String token = tokens.computeIfAbsent(client[1], code -> stack.token("caseworker", code));
                    // a request without a whole answer is a failed write, never the end of this writer
                    int status =
                            answered(() -> stack.post("/clients/" + client[0] + "/services", serviceBody(day), token)
                                    .statusCode());
                    (status == 201 ? writes : writeFailures).incrementAndGet();
                }
            }));
        }
        threads.add(started(() -> {
            Random random = new Random(99);
            while (running.get()) {
                ReportSweep.Question question = questions.get(random.nextInt(questions.size()));
                long start = System.nanoTime();
                int status =
                        answered(() -> stack.getBody(question.path(), analyst).statusCode());
                readNanos.add(System.nanoTime() - start);
                readStatuses.merge(status, 1, Integer::sum);
            }
        }));
        Thread poller = started(() -> {
            while (running.get() || probes.stream().anyMatch(p -> p[1] == 0)) {
                long shown = total(stack.getBody(probeReport, analyst));
                long now = System.nanoTime();
                for (int k = 0; k < probes.size() && k < shown - base; k++) {
                    if (probes.get(k)[1] == 0) {
                        probes.get(k)[1] = now;
                    }
                }
                if (!running.get() && !probes.isEmpty() && now - probes.get(probes.size() - 1)[0] > 180_000_000_000L) {
                    return; // the last probe did not show in three minutes: counted as unseen
                }
                sleep(200);
            }
        });
        long started = System.nanoTime();
        int probeFailures = 0;
        while (System.nanoTime() - started < seconds * 1_000_000_000L) {
            String client = probeClients.get(probes.size() % probeClients.size());
            int status = stack.post("/clients/" + client + "/services", serviceBody(probeMonth.atDay(15)), probeToken)
                    .statusCode();
            if (status == 201) {
                probes.add(new long[] {System.nanoTime(), 0});
            } else {
                probeFailures++;
            }
            sleep(1000);
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        poller.join();
        long[] delays = probes.stream()
                .filter(p -> p[1] != 0)
                .mapToLong(p -> p[1] - p[0])
                .toArray();
        long[] reads = readNanos.stream().mapToLong(Long::longValue).toArray();
        System.out.printf(
                Locale.ROOT,
                "freshness: %d probes (%d failed to write), %d writes (%d failed) in %.0f s; report reads %s%n",
                probes.size(),
                probeFailures,
                writes.get(),
                writeFailures.get(),
                elapsed,
                readStatuses);
        return new Result(
                Latencies.of(delays),
                probes.size(),
                probes.size() - delays.length,
                writes.get(),
                writeFailures.get(),
                elapsed,
                Latencies.of(reads),
                reads.length - readStatuses.getOrDefault(200, 0));
    }

    private static String serviceBody(LocalDate day) {
        return "{\"serviceType\":\"LANGUAGE_COURSE\",\"deliveredOn\":\"" + day + "\",\"durationMinutes\":60}";
    }

    /** The sum of the unsuppressed counts of a report; -1 when it did not answer 200. */
    private long total(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return -1;
        }
        try {
            long sum = 0;
            for (JsonNode cell : json.readTree(response.body()).path("cells")) {
                sum += cell.path("count").asLong(0);
            }
            return sum;
        } catch (IOException e) {
            return -1;
        }
    }

    /** The status of a request, or 0 when it got no whole answer (connection cut, body cut short). */
    private static int answered(java.util.function.IntSupplier request) {
        try {
            return request.getAsInt();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof java.io.IOException) {
                return 0; // BenchStack's wrapping of the client's IOException
            }
            throw e;
        }
    }

    private static Thread started(Runnable body) {
        Thread thread = new Thread(body);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
