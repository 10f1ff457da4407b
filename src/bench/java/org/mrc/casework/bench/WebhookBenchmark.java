package org.mrc.casework.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Webhook delivery figures (deploy/benchmark-webhooks): the production jar against an embedded PostgreSQL (fsync on),
 * a partner subscribed with a receiver on the loopback interface, and events made by real API transactions (the
 * partner opening and closing its offerings: offering.changed), while a caseworker creates referrals with the same
 * eight concurrent callers as deploy/benchmark. Prints events delivered per second and the delay from an event's
 * time (taken inside its transaction, just before commit) to its arrival at the receiver, p50 and p95.
 */
public final class WebhookBenchmark {

    private static final Pattern ID = Pattern.compile("\\\"id\\\":\\\"([^\\\"]+)\\\"");
    private static final Pattern TIME = Pattern.compile("\\\"timestamp\\\":\\\"([^\\\"]+)\\\"");
    private static final Pattern VERSION = Pattern.compile("\\\"version\\\":(\\d+)");

    private final int threads = Integer.getInteger("bench.threads", 8);
    private final int seconds = Integer.getInteger("bench.seconds", 20);
    private final int burst = Integer.getInteger("bench.burst", 2000);
    private final Map<String, Long> arrivalDelayMicros = new ConcurrentHashMap<>();
    private final AtomicInteger received = new AtomicInteger();
    private volatile long lastArrivalNanos;
    private BenchStack stack;

    public static void main(String[] args) throws Exception {
        new WebhookBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Instant now = Instant.now();
            lastArrivalNanos = System.nanoTime();
            Matcher id = ID.matcher(body);
            Matcher time = TIME.matcher(body);
            if (id.find() && time.find()) {
                Duration delay = Duration.between(Instant.parse(time.group(1)), now);
                arrivalDelayMicros.putIfAbsent(id.group(1), delay.toNanos() / 1000);
            }
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try (BenchStack started = BenchStack.startDatabase()) {
            stack = started;
            stack.startService(
                    Path.of("target", "webhook-benchmark-service.log"),
                    Map.of("MRC_WEBHOOKS_ALLOW_HTTP", "true", "MRC_WEBHOOKS_ALLOW_LOOPBACK", "true"));
            System.out.printf(
                    Locale.ROOT,
                    "%nmrc-casework webhook benchmark: %d s phases, %d concurrent referral creators, %d cores%n",
                    seconds,
                    threads,
                    Runtime.getRuntime().availableProcessors());
            measure("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks");
        } finally {
            receiver.stop(0);
        }
    }

    private void measure(String receiverUrl) throws Exception {
        String admin = stack.token("admin", null);
        String office = created(stack.post(
                "/offices",
                "{\"code\":\"WHB\",\"name\":\"Webhook bench\",\"kind\":\"RESOURCE_CENTRE\",\"country\":\"PH\"}",
                admin));
        String partner = created(stack.post(
                "/partners",
                "{\"name\":\"Bench NGO\",\"types\":[\"NGO\"],\"country\":\"PH\",\"locality\":\"Batangas\"}",
                admin));
        String location = created(stack.post(
                "/partners/" + partner + "/locations",
                "{\"name\":\"Main\",\"locality\":\"Batangas\",\"country\":\"PH\"}",
                admin));
        List<String> offerings = new ArrayList<>();
        for (int i = 0; i < threads + 1; i++) {
            offerings.add(created(stack.post(
                    "/offerings",
                    ("{\"serviceType\":\"LANGUAGE_COURSE\",\"partnerId\":\"%s\",\"locationId\":\"%s\","
                                    + "\"terms\":{\"languages\":[\"tl\"]}}")
                            .formatted(partner, location),
                    admin)));
        }
        String caseworker = stack.token("caseworker", "WHB");
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            clients.add(created(stack.post(
                    "/clients",
                    ("{\"givenName\":\"Bench\",\"familyName\":\"Person%d\",\"sex\":\"FEMALE\","
                                    + "\"birthDate\":\"%s\",\"nationalities\":[\"PH\"]}")
                            // distinct birth dates (97 days apart: never the same day a year off), so the duplicate
                            // check does not take the look-alike names for one person
                            .formatted(i, java.time.LocalDate.of(1960, 1, 1).plusDays(97L * i)),
                    caseworker)));
        }
        String partnerToken = stack.partnerToken(partner);
        created(stack.post(
                "/partner/webhooks",
                "{\"url\":\"%s\",\"eventTypes\":[\"offering.changed\"]}".formatted(receiverUrl),
                partnerToken));
        String referral = ("{\"offeringId\":\"%s\",\"reason\":\"Wants to learn the language\",\"priority\":\"ROUTINE\","
                        + "\"dueDate\":\"%s\",\"sharedCategories\":[\"IDENTITY\"]}")
                .formatted(offerings.get(0), LocalDate.now().plusDays(14));
        System.out.printf("office %s, %d clients, subscription to %s%n", office, clients.size(), receiverUrl);

        // 1. referral creation alone, as deploy/benchmark measures it
        double alone = createReferrals(Duration.ofSeconds(seconds), clients, referral, caseworker, null);
        System.out.printf(Locale.ROOT, "referral creation alone: %.0f/s with %d callers%n", alone, threads);

        // 2. the same load while the partner's offerings change (one event each) and the webhooks are delivered
        arrivalDelayMicros.clear();
        received.set(0);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger published = new AtomicInteger();
        ExecutorService changers = Executors.newFixedThreadPool(2);
        List<Future<?>> changing = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            String offering = offerings.get(1 + t);
            changing.add(changers.submit(() -> toggle(offering, partnerToken, stop, published, Integer.MAX_VALUE)));
        }
        long start = System.nanoTime();
        double loaded = createReferrals(Duration.ofSeconds(seconds), clients, referral, caseworker, stop);
        for (Future<?> f : changing) {
            f.get();
        }
        double publishSeconds = (System.nanoTime() - start) / 1e9;
        waitFor(published.get(), Duration.ofSeconds(60));
        long[] delays = arrivalDelayMicros.values().stream()
                .mapToLong(micros -> micros * 1000)
                .toArray();
        Latencies latency = Latencies.of(delays);
        double publishRate = published.get() / publishSeconds;
        double deliveredRate = arrivalDelayMicros.size() / ((lastArrivalNanos - start) / 1e9);
        System.out.printf(
                Locale.ROOT,
                "under referral load: %d events published (%.0f/s), %d delivered; commit-to-delivery p50 %.1f ms,"
                        + " p95 %.1f ms%n",
                published.get(),
                publishRate,
                arrivalDelayMicros.size(),
                latency.p50Millis(),
                latency.p95Millis());
        System.out.printf(
                Locale.ROOT,
                "referral creation while webhooks are delivered: service %.0f/s, limit %.0f/s, ratio %.2f%n",
                loaded,
                alone,
                loaded / alone);
        System.out.printf(
                Locale.ROOT,
                "webhook delivery keeps up with publishing: service %.0f/s, limit %.0f/s, ratio %.2f%n",
                deliveredRate,
                publishRate,
                deliveredRate / publishRate);
        System.out.printf(
                Locale.ROOT,
                "webhook commit-to-delivery p95 under referral load: service %.1f ms, limit 1000 ms, ratio %.3f%n",
                latency.p95Millis(),
                latency.p95Millis() / 1000);

        // 3. a burst: events published as fast as 8 callers can, then the time until the last one is delivered
        arrivalDelayMicros.clear();
        received.set(0);
        AtomicInteger burstPublished = new AtomicInteger();
        ExecutorService burstPool = Executors.newFixedThreadPool(threads);
        List<Future<?>> bursting = new ArrayList<>();
        long burstStart = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            String offering = offerings.get(1 + t);
            bursting.add(burstPool.submit(
                    () -> toggle(offering, partnerToken, new AtomicBoolean(), burstPublished, burst / threads)));
        }
        for (Future<?> f : bursting) {
            f.get();
        }
        double burstPublishSeconds = (System.nanoTime() - burstStart) / 1e9;
        waitFor(burstPublished.get(), Duration.ofSeconds(120));
        double drainSeconds = (lastArrivalNanos - burstStart) / 1e9;
        Latencies burstLatency = Latencies.of(arrivalDelayMicros.values().stream()
                .mapToLong(micros -> micros * 1000)
                .toArray());
        System.out.printf(
                Locale.ROOT,
                "burst: %d events published in %.1f s (%.0f/s); all %d delivered after %.1f s = %.0f events/s to one"
                        + " subscription; delay p50 %.1f ms, p95 %.1f ms%n",
                burstPublished.get(),
                burstPublishSeconds,
                burstPublished.get() / burstPublishSeconds,
                arrivalDelayMicros.size(),
                drainSeconds,
                arrivalDelayMicros.size() / drainSeconds,
                burstLatency.p50Millis(),
                burstLatency.p95Millis());
        changers.shutdown();
        burstPool.shutdown();
    }

    /** Creates referral drafts with {@code threads} callers for {@code duration}; returns creations per second. */
    private double createReferrals(
            Duration duration, List<String> clients, String body, String token, AtomicBoolean stopWhenDone)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger ok = new AtomicInteger();
        long deadline = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            pool.submit(() -> {
                int n = offset;
                while (System.nanoTime() < deadline) {
                    HttpResponse<String> response =
                            stack.post("/clients/" + clients.get(n % clients.size()) + "/referrals", body, token);
                    if (response.statusCode() == 201) {
                        ok.incrementAndGet();
                    }
                    n += threads;
                }
                done.countDown();
            });
        }
        done.await();
        double rate = ok.get() / ((System.nanoTime() - start) / 1e9);
        if (stopWhenDone != null) {
            stopWhenDone.set(true);
        }
        pool.shutdown();
        return rate;
    }

    /** Closes and reopens the offering (each change one offering.changed event) until stopped or {@code max} done. */
    private void toggle(String offering, String token, AtomicBoolean stop, AtomicInteger published, int max) {
        HttpResponse<String> current = stack.getBody("/partner/offerings/" + offering, token);
        long version = version(current.body());
        boolean open = true;
        for (int i = 0; i < max && !stop.get(); i++) {
            String status = open ? "TEMPORARILY_CLOSED" : "ACTIVE";
            HttpResponse<String> response = stack.postWithIfMatch(
                    "/partner/offerings/" + offering + "/status",
                    "{\"status\":\"" + status + "\"}",
                    token,
                    "\"" + version + "\"");
            if (response.statusCode() != 200) {
                throw new IllegalStateException("offering status change failed: " + response.statusCode());
            }
            version = version(response.body());
            open = !open;
            published.incrementAndGet();
        }
    }

    private void waitFor(int events, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (arrivalDelayMicros.size() < events && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (arrivalDelayMicros.size() < events) {
            System.out.printf("WARNING: %d of %d events delivered in %s%n", arrivalDelayMicros.size(), events, timeout);
        }
    }

    private static long version(String body) {
        Matcher matcher = VERSION.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no version in response");
        }
        return Long.parseLong(matcher.group(1));
    }

    private static String created(HttpResponse<String> response) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException("setup call failed: " + response.statusCode() + " " + response.body());
        }
        Matcher matcher = ID.matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no id in response");
        }
        return matcher.group(1);
    }
}
