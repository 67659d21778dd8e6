package vn.ttcs.learn.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A MariaDB server of its own for a test that must stop the database: made from the binaries installed on the machine
 * ({@code mariadb-install-db}, {@code mariadbd}) in a temporary folder, on a free port, as the current user. It is
 * killed (SIGKILL, as a crash or a pulled plug would) and started again on the same port and data; the shared server
 * of the machine is never touched.
 * <p>
 * Where the binaries are missing the test is skipped, unless {@value #REQUIRED} is 1 (CI sets it): then it fails.
 */
public final class ThrowawayMariaDb implements AutoCloseable {

    public static final String REQUIRED = "TTCS_REQUIRE_FAULT_TEST";
    public static final String DATABASE = "ttcs";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path dir;
    private final Path server;
    private final int port;
    private Process process;

    private ThrowawayMariaDb(Path dir, Path server, int port) {
        this.dir = dir;
        this.server = server;
        this.port = port;
    }

    /** Installs a fresh data folder in {@code dir}, starts the server and creates the database {@value #DATABASE}. */
    public static ThrowawayMariaDb startIn(Path dir) throws IOException, InterruptedException {
        Optional<Path> server = executable("TTCS_MARIADBD", "mariadbd", "/usr/sbin/mariadbd");
        Optional<Path> installer = executable("TTCS_MARIADB_INSTALL_DB", "mariadb-install-db",
                "/usr/bin/mariadb-install-db");
        String missing = "the MariaDB server binaries (mariadbd, mariadb-install-db) are not installed";
        if (server.isEmpty() || installer.isEmpty()) {
            if ("1".equals(System.getenv(REQUIRED))) {
                Assertions.fail(REQUIRED + "=1 but " + missing + ": the database fault test cannot run");
            }
            Assumptions.abort(missing + "; the database fault test runs where they are (it is required in CI)");
        }
        Path data = dir.resolve("data");
        Files.createDirectories(dir);
        run(List.of(installer.get().toString(), "--no-defaults", "--datadir=" + data, "--user=" + user(),
                "--auth-root-authentication-method=normal", "--skip-test-db", "--skip-name-resolve"),
                dir.resolve("install.log"));
        ThrowawayMariaDb db = new ThrowawayMariaDb(dir, server.get(), freePort());
        db.start();
        try (Connection connection = db.connect("")) {
            connection.createStatement().execute("CREATE DATABASE " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database", e);
        }
        return db;
    }

    /** The JDBC address of the database for the given driver: "mysql" (Connector/J) or "mariadb". */
    public String jdbcUrl(String driver) {
        return "jdbc:" + driver + "://127.0.0.1:" + port + "/" + DATABASE + "?sslMode=" + ("mysql".equals(driver)
                ? "DISABLED&allowPublicKeyRetrieval=true&connectionCollation=utf8mb4_unicode_ci" : "disable");
    }

    /** Starts the server on the same port and data (after {@link #kill()}) and waits until it answers. */
    public void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(server.toString(), "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mariadb.sock"),
                "--pid-file=" + dir.resolve("mariadb.pid"), "--user=" + user(), "--skip-name-resolve",
                "--skip-log-bin", "--innodb-buffer-pool-size=32M", "--max-connections=100")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()))
                .start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            try (Connection ignored = connect("")) {
                return;
            } catch (SQLException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the throwaway MariaDB did not start; see "
                            + dir.resolve("server.log") + ": " + Files.readString(dir.resolve("server.log")));
                }
                Thread.sleep(200);
            }
        }
    }

    /** Kills the server at once (SIGKILL): no shutdown, open connections simply break. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A connection of the test's own, as root, to the given database ("" for none). */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl("mariadb").replace("/" + DATABASE + "?", "/" + database + "?"),
                "root", "");
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private static Optional<Path> executable(String variable, String name, String usual) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv().getOrDefault("PATH", "");
        Stream.of(path.split(File.pathSeparator)).filter(p -> !p.isBlank())
                .forEach(p -> candidates.add(Path.of(p, name)));
        candidates.add(Path.of(usual));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process install = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (install.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log));
        }
    }

    private static String user() {
        return System.getProperty("user.name");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
