import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Front-desk load for deploy/topology-check, JDK classes only ({@code java deploy/TopologyLoad.java ...}).
 *
 * <pre>
 *   run BASE_URL TOKEN DIR THREADS    register clients (each with an Idempotency-Key, retried with the same key until
 *                                     acknowledged) and read each one back, until DIR/stop exists; writes
 *                                     DIR/requests.csv (millis,kind,status; status 0 = no answer) and DIR/acked.txt
 *   report DIR FROM_MILLIS TO_MILLIS  one line: requests in the window by status, failed, acknowledged, and the
 *                                     first successful write after FROM
 *   verify BASE_URL TOKEN DIR         reads every acknowledged client back; prints how many are lost
 * </pre>
 */
public class TopologyLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "run" -> run(args[1], args[2], Path.of(args[3]), Integer.parseInt(args[4]));
            case "report" -> report(Path.of(args[1]), Long.parseLong(args[2]), Long.parseLong(args[3]));
            case "verify" -> verify(args[1], args[2], Path.of(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void run(String base, String token, Path dir, int threads) throws Exception {
        Files.createDirectories(dir);
        ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> acked = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                while (!stop.get()) {
                    String id = create(base, token, requests, stop);
                    if (id != null) {
                        acked.add(id);
                        requests.add(System.currentTimeMillis() + ",read," + read(base, token, id));
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        Path stopFile = dir.resolve("stop");
        while (!Files.exists(stopFile)) {
            Thread.sleep(100);
            flush(dir.resolve("requests.csv"), requests);
            flush(dir.resolve("acked.txt"), acked);
        }
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        flush(dir.resolve("requests.csv"), requests);
        flush(dir.resolve("acked.txt"), acked);
    }

    /** One registration, retried with the same key until acknowledged; null if the run stops first. */
    static String create(String base, String token, ConcurrentLinkedQueue<String> log, AtomicBoolean stop) {
        String key = UUID.randomUUID().toString();
        String suffix = key.replaceAll("[^a-f]", "") + "abcdefabcdef";
        String body = "{\"givenName\":\"Topo\",\"familyName\":\"Load" + suffix.substring(0, 10)
                + "\",\"sex\":\"FEMALE\",\"birthDate\":\"1990-01-01\",\"roles\":[\"RETURNEE\"]}";
        String kind = "create";
        while (true) {
            int status = 0;
            String answer = "";
            try {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "/clients?confirmNotDuplicate=true"))
                                .timeout(Duration.ofSeconds(15))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", key)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                answer = response.body();
            } catch (IOException | InterruptedException e) {
                status = 0;
            }
            log.add(System.currentTimeMillis() + "," + kind + "," + status);
            if (status == 201 || status == 200) {
                Matcher id = ID.matcher(answer);
                return id.find() ? id.group(1) : null;
            }
            if (stop.get() && kind.equals("retry-late")) {
                return null;
            }
            kind = stop.get() ? "retry-late" : "retry";
            sleep(250);
        }
    }

    static int read(String base, String token, String id) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(base + "/clients/" + id))
                                    .timeout(Duration.ofSeconds(15))
                                    .header("Authorization", "Bearer " + token)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException | InterruptedException e) {
            return 0;
        }
    }

    static void report(Path dir, long from, long to) throws IOException {
        Map<String, Integer> byStatus = new TreeMap<>();
        int failed = 0;
        int total = 0;
        long firstWrite = -1;
        long lastFailure = -1;
        for (String line : Files.readAllLines(dir.resolve("requests.csv"))) {
            String[] f = line.split(",");
            long at = Long.parseLong(f[0]);
            int status = Integer.parseInt(f[2]);
            if (at < from || at > to) {
                continue;
            }
            total++;
            byStatus.merge(status == 0 ? "no-answer" : String.valueOf(status), 1, Integer::sum);
            boolean ok = status >= 200 && status < 300;
            if (!ok) {
                failed++;
                lastFailure = Math.max(lastFailure, at);
            }
            if (ok && !f[1].equals("read") && (firstWrite < 0 || at < firstWrite)) {
                firstWrite = at;
            }
        }
        System.out.printf(
                "requests %d, failed %d, by status %s, first acknowledged write %s after the event, last failure %s%n",
                total,
                failed,
                byStatus,
                firstWrite < 0 ? "none" : (firstWrite - from) + " ms",
                lastFailure < 0 ? "none" : (lastFailure - from) + " ms after the event");
    }

    static void verify(String base, String token, Path dir) throws IOException {
        List<String> ids = new ArrayList<>(Files.readAllLines(dir.resolve("acked.txt")));
        Collections.sort(ids);
        int lost = 0;
        for (String id : ids) {
            int status = read(base, token, id);
            if (status != 200) {
                lost++;
            }
        }
        System.out.printf("acknowledged %d, lost %d%n", ids.size(), lost);
    }

    private static void flush(Path file, ConcurrentLinkedQueue<String> lines) throws IOException {
        List<String> batch = new ArrayList<>();
        for (String line; (line = lines.poll()) != null; ) {
            batch.add(line);
        }
        if (!batch.isEmpty()) {
            Files.write(file, batch, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
