package org.mrc.casework.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.EmbeddedPostgresResource;
import org.mrc.casework.support.Json;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * Crashes the real PostgreSQL under concurrent load ({@code pg_ctl stop -m immediate}: no shutdown checkpoint, crash
 * recovery on the next start) and starts it again while 8 callers keep reading and registering clients with
 * Idempotency-Keys. Every answer must be a success or a 503 problem with Retry-After (never a 500), readiness must
 * turn DOWN within 2 s, the service must recover without a restart, and every create it acknowledged (2xx) must be
 * readable afterwards: an acknowledged write survives the crash.
 *
 * <p>The embedded server runs with fsync off (see {@link EmbeddedPostgresResource}): that would lose acknowledged
 * writes in a crash of the operating system, but not in this crash of the postmaster, because the WAL of every
 * acknowledged commit already sits in the kernel's page cache. synchronous_commit stays on for the same reason.
 */
@QuarkusTest
class DatabaseCrashTest {

    private static final int CALLERS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Which stretch of the run a response belongs to: before the crash, during the outage, after recovery. */
    private final AtomicReference<String> stage = new AtomicReference<>("before");

    private final Map<String, Map<Integer, LongAdder>> byStage = new ConcurrentHashMap<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();

    @Test
    void aCrashUnderLoadAnswers503sLosesNoAcknowledgedWriteAndHealsByItself() throws Exception {
        String office = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        String caseworker = Tokens.staff("caseworker", office);
        String existing = ClientFixtures.registerId(office, ClientFixtures.person("Ana", ClientFixtures.uniqueName()));
        assertEquals(200, get("/q/health/ready", null).statusCode());

        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        List<Future<?>> callers = new ArrayList<>();
        long readinessDownMillis;
        long recoveryMillis;
        long crashMillis;
        try {
            for (int i = 0; i < CALLERS; i++) {
                int caller = i;
                callers.add(pool.submit(() -> load(caller, office, caseworker, existing)));
            }
            Thread.sleep(1_000);

            stage.set("outage");
            long crashing = System.nanoTime();
            control("crashServer");
            // pg_ctl -w has returned: the postmaster and its backends are gone
            long crashed = System.nanoTime();
            crashMillis = elapsedMillis(crashing);
            try {
                readinessDownMillis = -1;
                while (readinessDownMillis < 0 && elapsedMillis(crashed) < 10_000) {
                    if (get("/q/health/ready", null).statusCode() == 503) {
                        readinessDownMillis = elapsedMillis(crashed);
                    } else {
                        Thread.sleep(50);
                    }
                }
                // the database stays down a while under load, then restarts and recovers from its WAL
                Thread.sleep(2_000);
            } finally {
                control("startServer");
            }
            long restarted = System.nanoTime();
            recoveryMillis = -1;
            while (recoveryMillis < 0 && elapsedMillis(restarted) < 30_000) {
                if (get("/q/health/ready", null).statusCode() == 200
                        && get("/clients/" + existing, caseworker).statusCode() == 200) {
                    recoveryMillis = elapsedMillis(restarted);
                } else {
                    Thread.sleep(100);
                }
            }
            stage.set("after");
            Thread.sleep(1_000);
        } finally {
            stage.set("done");
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS), "callers stop");
        }
        for (Future<?> caller : callers) {
            caller.get();
        }

        System.out.printf(
                "database crash under %d callers (pg_ctl stop -m immediate took %d ms): readiness DOWN %d ms after it,"
                        + " service answering again %d ms after the restart; requests by when they were sent (before the crash, during the outage, after recovery) and status:"
                        + " %s; %d acknowledged creates, all readable afterwards%n",
                CALLERS, crashMillis, readinessDownMillis, recoveryMillis, figures(), acknowledged.size());
        assertTrue(failures.isEmpty(), "unexpected responses:\n" + String.join("\n", failures));
        assertTrue(
                readinessDownMillis >= 0 && readinessDownMillis <= 2_000,
                "readiness DOWN within 2 s, took " + readinessDownMillis + " ms");
        assertTrue(recoveryMillis >= 0, "the service recovers without a restart");
        assertTrue(count("outage", 503) > 0, "the load met the outage: " + figures());
        assertTrue(count("after", 200) + count("after", 201) > 0, "the load succeeds again: " + figures());
        for (String id : acknowledged) {
            assertEquals(200, get("/clients/" + id, caseworker).statusCode(), "acknowledged client " + id);
        }
        assertEquals(200, get("/q/health/ready", null).statusCode());
    }

    private void load(int caller, String office, String caseworker, String existing) {
        String admin = Tokens.admin();
        int round = 0;
        while (!"done".equals(stage.get())) {
            round++;
            try {
                if (round % 3 == 0) {
                    create(office, caseworker);
                } else {
                    String sent = stage.get();
                    String path = caller % 2 == 0 ? "/clients/" + existing : "/offices/tree";
                    record(sent, get(path, caller % 2 == 0 ? caseworker : admin), 200);
                }
            } catch (Exception e) {
                failures.add("caller " + caller + ": " + e);
                return;
            }
        }
    }

    /** One registration, retried with the same Idempotency-Key while the database is away (bounded). */
    private void create(String office, String caseworker) throws Exception {
        String key = UUID.randomUUID().toString();
        String body = Json.write(ClientFixtures.person("Crash", ClientFixtures.uniqueName()));
        for (int attempt = 0; attempt < 20 && !"done".equals(stage.get()); attempt++) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/clients?confirmNotDuplicate=true"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + caseworker)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            String sent = stage.get();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            record(sent, response, 201);
            if (response.statusCode() == 201) {
                acknowledged.add(JSON.readTree(response.body()).get("id").asText());
                return;
            }
            Thread.sleep(200);
        }
    }

    private void record(String sent, HttpResponse<String> response, int success) throws Exception {
        int status = response.statusCode();
        byStage.computeIfAbsent(sent.equals("done") ? "after" : sent, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new LongAdder())
                .increment();
        if (status == success) {
            return;
        }
        String where =
                response.request().method() + " " + response.request().uri().getPath();
        if (status != 503) {
            failures.add(where + " answered " + status);
            return;
        }
        String type = JSON.readTree(response.body()).path("type").asText();
        if (!response.headers().firstValue("Retry-After").isPresent()
                || !response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE)
                || !"urn:problem-type:mrc:service-unavailable".equals(type)) {
            failures.add(where + " answered a 503 without Retry-After and a problem document");
        }
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json")
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long count(String stage, int status) {
        LongAdder counter = byStage.getOrDefault(stage, Map.of()).get(status);
        return counter == null ? 0 : counter.sum();
    }

    private Map<String, Map<Integer, Long>> figures() {
        Map<String, Map<Integer, Long>> figures = new TreeMap<>();
        byStage.forEach((name, statuses) -> {
            Map<Integer, Long> counts = new TreeMap<>();
            statuses.forEach((status, counter) -> counts.put(status, counter.sum()));
            figures.put(name, counts);
        });
        return figures;
    }

    private static long elapsedMillis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static void control(String operation) throws Exception {
        ManagementFactory.getPlatformMBeanServer()
                .invoke(new ObjectName(EmbeddedPostgresResource.CONTROL), operation, new Object[0], new String[0]);
    }
}
