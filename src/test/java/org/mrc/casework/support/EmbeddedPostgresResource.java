package org.mrc.casework.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * A real PostgreSQL (bundled binaries, no Docker) for the whole test run. It can be stopped and started again on
 * the same port and data directory, so tests can show how the service behaves while its database is gone.
 * Tests run in another class loader than test resources, so the switch is published as a platform MBean
 * ({@link #CONTROL}), reachable from both.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String CONTROL = "org.mrc.casework.test:type=EmbeddedPostgres";

    /** The operations tests may invoke on {@link #CONTROL}. */
    public interface ControlMBean {
        void stopServer();

        void startServer();

        /**
         * Crashes the server as {@code pg_ctl stop -m immediate} does (SIGQUIT to the postmaster: every backend quits
         * at once, no shutdown checkpoint), so the next start runs crash recovery from the WAL.
         */
        void crashServer();
    }

    public class Control implements ControlMBean {
        @Override
        public void stopServer() {
            EmbeddedPostgresResource.this.stopServer();
        }

        @Override
        public void startServer() {
            EmbeddedPostgresResource.this.startServer();
        }

        @Override
        public void crashServer() {
            EmbeddedPostgresResource.this.crashServer();
        }
    }

    private Path dataDirectory;
    private int port;
    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("mrc-test-pg");
            port = freePort();
            startServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        register();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    synchronized void startServer() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // fsync off: a commit's WAL reaches the OS page cache but not the disk, so a real OS crash could
                    // lose acknowledged writes; a crash of the postmaster alone (DatabaseCrashTest) cannot, as the
                    // kernel still holds and later writes those pages. synchronous_commit stays on: with it off a
                    // commit is acknowledged while its WAL is still in PostgreSQL's shared memory, which a postmaster
                    // crash does throw away.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void stopServer() {
        try {
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void crashServer() {
        if (postgres == null) {
            return;
        }
        try {
            Field binaries = EmbeddedPostgres.class.getDeclaredField("pgDir");
            binaries.setAccessible(true);
            Path pgCtl = ((File) binaries.get(postgres)).toPath().resolve("bin").resolve("pg_ctl");
            List<String> command = new ArrayList<>();
            if (LinuxUtils.isUnshareAvailable()) {
                // as the embedded server does: pg_ctl refuses to run as root, so root maps to another user
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(List.of(pgCtl.toString(), "-D", dataDirectory.toString(), "stop", "-m", "immediate", "-w"));
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl stop -m immediate failed: " + output);
            }
            // releases the embedded server's lock on the data directory; its own (fast) stop finds nothing running
            postgres.close();
            postgres = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot find the embedded server's binaries", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        stopServer();
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(CONTROL));
        } catch (JMException e) {
            // already gone
        }
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void register() {
        try {
            ManagementFactory.getPlatformMBeanServer()
                    .registerMBean(new StandardMBean(new Control(), ControlMBean.class), new ObjectName(CONTROL));
        } catch (JMException e) {
            throw new IllegalStateException("Cannot publish the database switch", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
