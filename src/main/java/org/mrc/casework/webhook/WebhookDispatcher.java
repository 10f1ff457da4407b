package org.mrc.casework.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries: claims a batch (at most one per subscription, see {@link DeliveryQueue}), POSTs each thin event
 * signed per Standard Webhooks, and records the outcome: delivered on a 2xx answer; otherwise retried with
 * exponential backoff and jitter ({@link Backoff}) until {@code mrc.webhooks.retry.give-up-after} has passed since the
 * first attempt, when the delivery is given up and the subscription switched off with the reason. Runs on one
 * background thread per instance, woken by commits on this instance and polling for the others'.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final DeliveryQueue queue;
    private final TargetPolicy targets;
    private final SecretBox secrets;
    private final WebhookConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final Backoff backoff;
    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicBoolean running = new AtomicBoolean();
    private HttpClient http;
    private ExecutorService senders;
    private Thread loop;

    WebhookDispatcher(
            DeliveryQueue queue,
            TargetPolicy targets,
            SecretBox secrets,
            WebhookConfig config,
            ObjectMapper json,
            Clock clock) {
        this.queue = queue;
        this.targets = targets;
        this.secrets = secrets;
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.backoff = new Backoff(config.retry().initialDelay(), config.retry().maxDelay(), new java.util.Random());
    }

    void start(@Observes StartupEvent start) {
        if (!config.dispatch().enabled()) {
            LOG.info("webhook dispatcher disabled on this instance");
            return;
        }
        http = HttpClient.newBuilder()
                .connectTimeout(config.dispatch().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        senders = Executors.newFixedThreadPool(Math.max(1, config.dispatch().batchSize()), runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
        running.set(true);
        loop = new Thread(this::run, "webhook-dispatcher");
        loop.setDaemon(true);
        loop.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running.set(false);
        wake();
        if (loop != null) {
            try {
                loop.join(config.dispatch().requestTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            senders.shutdownNow();
        }
    }

    /** Asks the loop to look for due deliveries now (after a commit that published events). */
    void wake() {
        wakeUps.release();
    }

    private void run() {
        while (running.get()) {
            int sent = 0;
            try {
                sent = dispatchOnce();
            } catch (SQLException e) {
                LOG.warnf("webhook dispatch paused: database unavailable (%s)", e.getSQLState());
            } catch (RuntimeException e) {
                LOG.warnf("webhook dispatch round failed: %s", e.getClass().getSimpleName());
            }
            if (sent == 0) {
                try {
                    wakeUps.tryAcquire(config.dispatch().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** One round: claims due deliveries, sends them in parallel, records each outcome; returns how many were sent. */
    int dispatchOnce() throws SQLException {
        List<DeliveryQueue.Claim> claims =
                queue.claim(config.dispatch().batchSize(), config.dispatch().lease());
        List<Future<?>> sending = new ArrayList<>();
        for (DeliveryQueue.Claim claim : claims) {
            sending.add(senders.submit(() -> deliver(claim)));
        }
        for (Future<?> future : sending) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return claims.size();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warnf(
                        "webhook delivery failed to record: %s",
                        e.getCause().getClass().getSimpleName());
            }
        }
        return claims.size();
    }

    /**
     * Sends the claimed delivery and records the outcome; after a success, goes on with the subscription's next due
     * delivery (claimed in the transaction that recorded the success), at most {@value #CHAIN} in a row, so that a
     * backlog drains without waiting for rounds while other subscriptions still get their turn.
     */
    private void deliver(DeliveryQueue.Claim first) {
        DeliveryQueue.Claim claim = first;
        for (int sent = 1; claim != null; sent++) {
            claim = deliverOne(claim, sent < CHAIN && running.get());
        }
    }

    /** Most deliveries of one subscription sent in a row in one round. */
    static final int CHAIN = 32;

    /** Sends one delivery and records it; returns the subscription's next claimed delivery when {@code goOn}. */
    private DeliveryQueue.Claim deliverOne(DeliveryQueue.Claim claim, boolean goOn) {
        DeliveryQueue.Result result = send(claim);
        try {
            if (result.delivered()) {
                return queue.delivered(claim, result, goOn ? config.dispatch().lease() : null)
                        .orElse(null);
            } else if (claim.sinceFirstAttempt().compareTo(config.retry().giveUpAfter()) >= 0) {
                String reason = "Switched off after " + claim.attempt() + " failed attempts over "
                        + claim.sinceFirstAttempt().toHours() + " h (last: " + describe(result)
                        + "); switch it on again and replay what was missed";
                queue.giveUp(claim, result, reason);
                LOG.warnf(
                        "webhook subscription %s switched off: delivery %s failed %d times",
                        claim.subscriptionId(), claim.deliveryId(), claim.attempt());
            } else {
                queue.retryLater(claim, result, backoff.after(claim.attempt()));
            }
        } catch (SQLException e) {
            // the lease expires and the delivery is claimed again: sent twice at worst, never lost
            LOG.warnf("webhook delivery %s outcome not recorded (%s)", claim.deliveryId(), e.getSQLState());
        }
        return null;
    }

    private static String describe(DeliveryQueue.Result result) {
        return result.status() == null ? result.error() : "HTTP " + result.status();
    }

    private DeliveryQueue.Result send(DeliveryQueue.Claim claim) {
        long started = System.nanoTime();
        try {
            URI target = targets.parse(claim.url());
            targets.check(target);
            String body = body(claim);
            long timestamp = clock.instant().getEpochSecond();
            List<String> keys = new ArrayList<>();
            keys.add(secrets.open(claim.sealedSecret(), claim.subscriptionId().toString()));
            if (claim.sealedPreviousSecret() != null) {
                keys.add(secrets.open(
                        claim.sealedPreviousSecret(), claim.subscriptionId().toString()));
            }
            String messageId = claim.eventId().toString();
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(config.dispatch().requestTimeout())
                    .header("content-type", "application/json")
                    .header("user-agent", "mrc-casework-webhooks")
                    .header("webhook-id", messageId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", Signatures.header(keys, messageId, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new DeliveryQueue.Result(
                    status, status >= 200 && status < 300 ? null : "http-status", elapsed(started));
        } catch (TargetPolicy.Refused e) {
            return new DeliveryQueue.Result(null, "refused-address", elapsed(started));
        } catch (HttpTimeoutException e) {
            return new DeliveryQueue.Result(null, "timeout", elapsed(started));
        } catch (ConnectException e) {
            return new DeliveryQueue.Result(null, "connection", elapsed(started));
        } catch (IOException e) {
            return new DeliveryQueue.Result(null, "io", elapsed(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryQueue.Result(null, "interrupted", elapsed(started));
        } catch (RuntimeException e) {
            return new DeliveryQueue.Result(null, "internal", elapsed(started));
        }
    }

    /** The thin event: type, id, time, and the resource's kind, id and URL. Nothing else, never personal data. */
    String body(DeliveryQueue.Claim claim) {
        WebhookEventType type = WebhookEventType.fromWire(claim.eventType()).orElseThrow();
        String resourceId = claim.resourceId().toString();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("resourceType", type.resourceType());
        data.put("resourceId", resourceId);
        data.put("url", stripSlash(config.publicBaseUrl()) + type.path(claim.partnerId() != null, resourceId));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", claim.eventId().toString());
        event.put("type", type.wire());
        event.put("timestamp", claim.occurredAt().toString());
        event.put("data", data);
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serialisable", e);
        }
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static long elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }
}
