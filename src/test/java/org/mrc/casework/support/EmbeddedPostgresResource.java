package org.mrc.casework.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
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
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
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
