package org.mrc.casework.bench;

import io.smallrye.jwt.build.Jwt;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mrc.casework.generator.ReportDataGenerator;
import org.mrc.casework.generator.Scale;

/**
 * What every benchmark runs against: a real PostgreSQL (embedded, fsync on, like a production server), the packaged
 * production jar started against it (so its Flyway migrations run), and bearer tokens signed with a key pair the jar
 * is told to trust. Requests go through the full stack: token verification, scoping, audit writes.
 */
final class BenchStack implements AutoCloseable {

    static final String AUDIENCE = "mrc-casework";
    static final String ISSUER = "https://bench.local/issuer";
    /** Longer than the service's longest transaction timeout (3,600 s: a report rebuild, a retention dry run). */
    static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(65);

    private final Path data;
    private final boolean keepData;
    private final EmbeddedPostgres postgres;
    private final KeyPair keys;
    private final HttpClient http =
            // HTTP/1.1, a connection per concurrent caller, as browsers behind the ingress reach the service
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
    private Process service;
    private String base;

    private BenchStack(Path data, boolean keepData, EmbeddedPostgres postgres, KeyPair keys) {
        this.data = data;
        this.keepData = keepData;
        this.postgres = postgres;
        this.keys = keys;
    }

    /** A database in a new temporary directory, removed on close. */
    static BenchStack startDatabase() throws IOException {
        return startDatabase(Files.createTempDirectory("mrc-bench-pg"), false);
    }

    /**
     * A database in {@code dataDirectory} kept for the next run (see {@link #startDatabase(Path, boolean)}), or, when
     * none is named (blank), a new temporary one removed on close.
     */
    static BenchStack startDatabase(String dataDirectory) throws IOException {
        return dataDirectory.isBlank() ? startDatabase() : startDatabase(Path.of(dataDirectory), true);
    }

    /**
     * A database in {@code data}: an existing cluster there is reused (not wiped), a missing one created. Kept on
     * close when {@code keepData}, so the next run can skip loading.
     */
    static BenchStack startDatabase(Path data, boolean keepData) throws IOException {
        Files.createDirectories(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(!keepData)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("max_connections", "100")
                // what the service runs per request is captured from here, so pgbench can run the same statements
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new BenchStack(data, keepData, postgres, generator.generateKeyPair());
        } catch (NoSuchAlgorithmException e) {
            postgres.close();
            throw new IllegalStateException(e);
        }
    }

    Connection connect() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    /**
     * After a bulk load, what an operator does before opening the doors: vacuum and analyze every table, wait for any
     * autovacuum worker still busy with the load (at 1,000,000 clients one ran through the first figures and took a
     * core from the service, not from the pgbench that ran after it), and checkpoint. Prints how long it took.
     */
    void settleAfterLoad() throws SQLException, InterruptedException {
        long start = System.nanoTime();
        try (Connection connection = connect();
                Statement sql = connection.createStatement()) {
            sql.execute("vacuum (analyze)");
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (count(connection, "select count(*) from pg_stat_activity where backend_type = 'autovacuum worker'")
                            > 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(1000);
            }
            sql.execute("checkpoint");
        }
        System.out.printf(
                java.util.Locale.ROOT,
                "vacuumed, analyzed and checkpointed after the load in %.0f s%n",
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * Loads the synthetic province at {@code scale} unless the database holds one already (a data directory kept from
     * an earlier run, which is reused as it is).
     */
    void loadProvince(Scale scale) throws SQLException {
        try (Connection connection = connect()) {
            long clients = count(connection, "select count(*) from client");
            if (clients < ReportDataGenerator.FEW_THOUSAND_CLIENTS) {
                ReportDataGenerator.load(connection, scale);
            } else {
                System.out.printf(Locale.ROOT, "reusing the data in %s (%,d clients)%n", data, clients);
            }
        }
    }

    /** The single number {@code sql} selects. */
    static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The port the database listens on (for pgbench against the same database). */
    int databasePort() {
        return postgres.getPort();
    }

    /** The service's base address, e.g. http://127.0.0.1:41234. */
    String base() {
        return base;
    }

    /** The process id of the running service (for its resident memory). */
    long servicePid() {
        return service.pid();
    }

    /** Resident memory of the running service in MiB, from /proc. */
    long serviceRssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(service.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for the service");
    }

    /** Stops the running service (and waits until it has exited). */
    void stopService() throws InterruptedException {
        service.destroy();
        service.waitFor();
        service = null;
    }

    /**
     * Starts target/quarkus-app/quarkus-run.jar against the database and waits until it is ready (migrations run);
     * returns the milliseconds from launch to readiness UP. JVM options come from {@code bench.jvm} (space
     * separated), by default those the README recommends for production.
     */
    long startService(Path log) throws IOException, InterruptedException {
        return startService(log, java.util.Map.of());
    }

    /** As {@link #startService(Path)}, with extra environment variables (settings a benchmark needs). */
    long startService(Path log, java.util.Map<String, String> extraEnv) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : System.getProperty("bench.jvm", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.addAll(List.of(
                "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        var env = builder.environment();
        env.put("MRC_DB_URL", postgres.getJdbcUrl("postgres", "postgres"));
        env.put("MRC_DB_USER", "postgres");
        env.put("MRC_DB_PASSWORD", "postgres");
        // the embedded cluster has only its superuser; the start-up guard against privileged roles is told so
        env.put("MRC_ALLOW_PRIVILEGED_DB_ROLE", "true");
        env.put("MRC_DB_POOL_SIZE", System.getProperty("bench.pool", "30"));
        // figures are measured after an explicit POST /reports/refresh; no scheduled rebuild competes with them
        env.put("MRC_REPORT_REFRESH_INTERVAL", "off");
        // nor the retention job (5 minutes after launch by default), which would change the data while it is measured
        env.put("MRC_RETENTION_INTERVAL", "off");
        env.put("MRC_HTTP_PORT", Integer.toString(port));
        // a rebuild or a dry run at 1,000,000 clients is one request that may run up to its transaction timeout (an
        // hour) without a byte on the wire: the connection must outlive it (Vert.x closes idle ones after 30 min)
        env.put("QUARKUS_HTTP_IDLE_TIMEOUT", REQUEST_TIMEOUT.toMinutes() + "M");
        env.put("MRC_OIDC_AUDIENCE", AUDIENCE);
        env.put("QUARKUS_OIDC_DISCOVERY_ENABLED", "false");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", "");
        env.put("QUARKUS_OIDC_TOKEN_ISSUER", ISSUER);
        env.put(
                "QUARKUS_OIDC_PUBLIC_KEY",
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        env.putAll(extraEnv);
        long launched = System.nanoTime();
        service = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(600).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("service exited; see " + log);
            }
            try {
                HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                        .build();
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - launched) / 1_000_000;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(20);
        }
        service.destroy();
        throw new IllegalStateException("service not ready in 600 s; see " + log);
    }

    /** A staff token as the identity provider would issue it; {@code office} is the office_code claim (or none). */
    String token(String role, String office) {
        var claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("bench-" + role + (office == null ? "" : "-" + office))
                .groups(Set.of(role))
                .expiresIn(4 * 3600);
        if (office != null) {
            claims.claim("office_code", office);
        }
        return claims.jws().keyId("bench").sign(keys.getPrivate());
    }

    String partnerToken(String partnerId) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("bench-partner-" + partnerId)
                .groups(Set.of("partner"))
                .claim("partner_id", partnerId)
                .expiresIn(4 * 3600)
                .jws()
                .keyId("bench")
                .sign(keys.getPrivate());
    }

    int get(String path, String token) {
        return send(request(path, token).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    HttpResponse<String> getBody(String path, String token) {
        return send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A GET without credentials, for the service's public endpoints (health, metrics): an invalid bearer token is
     * refused even where none is needed.
     */
    HttpResponse<String> getPublic(String path) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body, String token) {
        return send(
                request(path, token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postWithIfMatch(String path, String body, String token, String ifMatch) {
        return send(
                request(path, token)
                        .header("Content-Type", "application/json")
                        .header("If-Match", ifMatch)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> putWithIfMatch(String path, String body, String token, String ifMatch) {
        return send(
                request(path, token)
                        .header("Content-Type", "application/json")
                        .header("If-Match", ifMatch)
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (service != null) {
                service.destroy();
                try {
                    service.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        } finally {
            try {
                postgres.close();
            } finally {
                if (!keepData && Files.exists(data)) {
                    try (var files = Files.walk(data)) {
                        files.sorted(Collections.reverseOrder())
                                .forEach(p -> p.toFile().delete());
                    }
                }
            }
        }
    }
}
