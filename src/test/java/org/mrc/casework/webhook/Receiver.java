package org.mrc.casework.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.IntUnaryOperator;

/**
 * A real HTTP receiver on the loopback interface (the JDK's server), recording every request it gets and answering
 * with the status its policy gives for the n-th request (0-based).
 */
final class Receiver implements AutoCloseable {

    /** One request as received: its headers (lower-cased names), body and arrival time. */
    record Request(Map<String, List<String>> headers, String body, long receivedNanos, int status) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile IntUnaryOperator policy;
    private volatile CountDownLatch gate = new CountDownLatch(0);

    private Receiver(IntUnaryOperator policy) throws IOException {
        this.policy = policy;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
            int status;
            synchronized (requests) {
                status = this.policy.applyAsInt(requests.size());
                requests.add(new Request(headers, body, System.nanoTime(), status));
            }
            try {
                gate.await();
                exchange.sendResponseHeaders(status, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException gone) {
                // the sender went away while the answer was held back
            }
            exchange.close();
        });
        server.start();
    }

    static Receiver answering(IntUnaryOperator policy) throws IOException {
        return new Receiver(policy);
    }

    static Receiver ok() throws IOException {
        return new Receiver(n -> 204);
    }

    /** From now on, requests are recorded but not answered until {@link #release()}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    /** Answers every held request and every later one at once. */
    void release() {
        gate.countDown();
    }

    void answer(IntUnaryOperator newPolicy) {
        this.policy = newPolicy;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    List<Request> requests() {
        return new ArrayList<>(requests);
    }

    /** Waits until the condition holds, failing after {@code timeout}. */
    static void await(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
