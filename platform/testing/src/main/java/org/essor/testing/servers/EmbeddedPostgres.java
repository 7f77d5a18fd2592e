package org.essor.testing.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server run as a child process from the binaries on Maven Central ({@link PostgresBinaries}):
 * the server of the tests and of the local launcher when no external one is configured.
 * <p>
 * PostgreSQL refuses to run as root. When this JVM runs as root (containers, CI runners), the server's commands run
 * as the unprivileged user 65534 ({@code nobody}) through {@code setpriv}, and the data folder belongs to that user.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    static final String READY_LINE = "database system is ready to accept connections";
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String TEMPORARY_PREFIX = "essor-postgres-jvm";
    private static final int UNPRIVILEGED_ID = 65534;

    private static EmbeddedPostgres shared;

    private final Path home;
    private final int port;
    private final boolean temporary;
    private final List<String> settings;
    private Path logFile;
    private Process process;

    private EmbeddedPostgres(Path home, int port, boolean temporary, List<String> settings) {
        this.home = home;
        this.port = port;
        this.temporary = temporary;
        this.settings = settings;
        this.logFile = home.resolve("postgres.log");
    }

    /** The one server of this JVM, started on first use on a free port and deleted when the JVM exits. */
    public static synchronized EmbeddedPostgres shared() {
        if (shared == null) {
            shared = startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "essor-postgres-shutdown"));
        }
        return shared;
    }

    /**
     * A server on a free port with its data in a temporary folder that {@link #close()} deletes. Durability is
     * traded for speed (no fsync): the data of a test run does not outlive it.
     */
    public static EmbeddedPostgres startTemporary() {
        removeLeftoversOfDeadJvms();
        try {
            Path home = Files.createTempDirectory(TEMPORARY_PREFIX + ProcessHandle.current().pid() + "-");
            EmbeddedPostgres server = new EmbeddedPostgres(home, KafkaBroker.freePort(), true,
                    List.of("fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=300"));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server on {@code port} keeping its data in {@code home} across restarts (the local launcher's). */
    public static EmbeddedPostgres startPersistent(Path home, int port) {
        return startPersistent(home, port, null);
    }

    /** The same, with the server's log in {@code logFile} (null: {@code postgres.log} in {@code home}). */
    public static EmbeddedPostgres startPersistent(Path home, int port, Path logFile) {
        EmbeddedPostgres server = new EmbeddedPostgres(home.toAbsolutePath(), port, false, List.of("max_connections=200"));
        if (logFile != null) {
            server.logFile = logFile.toAbsolutePath();
        }
        server.start();
        return server;
    }

    /** The server as a {@link PostgresServer}: superuser {@code postgres}, no password, on 127.0.0.1. */
    public PostgresServer server() {
        return PostgresServer.parse(url());
    }

    public String url() {
        return "postgresql://postgres@127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        try {
            Path binaries = PostgresBinaries.unpacked();
            Files.createDirectories(home);
            if (runsAsRoot()) {
                requireReachableByUnprivilegedUser(home.getParent());
                Files.setAttribute(home, "unix:uid", UNPRIVILEGED_ID);
                Files.setAttribute(home, "unix:gid", UNPRIVILEGED_ID);
            }
            Path data = home.resolve("data");
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                initialise(binaries, data);
            }
            Path log = logFile;
            Files.createDirectories(log.getParent());
            long logOffset = Files.exists(log) ? Files.size(log) : 0;
            List<String> command = new ArrayList<>(List.of(binaries.resolve("bin/postgres").toString(),
                    "-D", data.toString(), "-p", Integer.toString(port),
                    "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="));
            settings.forEach(setting -> command.addAll(List.of("-c", setting)));
            process = new ProcessBuilder(unprivileged(command))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            ServerProcesses.awaitReadyLine("PostgreSQL", process, log, logOffset, READY_LINE, START_TIMEOUT, this::stop);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL in " + home, e);
        }
    }

    private void initialise(Path binaries, Path data) throws IOException {
        Path log = home.resolve("initdb.log");
        // The builtin locale provider (PostgreSQL 17) gives the same UTF-8 behaviour whatever locales the machine has.
        Process initdb = new ProcessBuilder(unprivileged(List.of(binaries.resolve("bin/initdb").toString(),
                "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--locale=C")))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (!initdb.waitFor(120, TimeUnit.SECONDS) || initdb.exitValue() != 0) {
                initdb.destroyForcibly();
                throw new IllegalStateException("initdb failed in " + data + ":\n" + FileTrees.tail(log, 20));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while initialising PostgreSQL", e);
        }
    }

    /** A fast shutdown: open sessions are ended, the data is checkpointed. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        if (process.isAlive()) {
            fastShutdown();
        }
        ServerProcesses.awaitEnd(process, Duration.ofSeconds(30));
        process = null;
    }

    /** Through pg_ctl: Java can only send SIGTERM, PostgreSQL's smart shutdown that waits for every client to leave. */
    private void fastShutdown() {
        try {
            Process pgCtl = new ProcessBuilder(unprivileged(List.of(PostgresBinaries.unpacked().resolve("bin/pg_ctl").toString(),
                    "stop", "-D", home.resolve("data").toString(), "-m", "fast", "-w", "-t", "30")))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            if (pgCtl.waitFor(40, TimeUnit.SECONDS) && pgCtl.exitValue() == 0) {
                return;
            }
            pgCtl.destroyForcibly();
        } catch (IOException e) {
            // fall back to SIGTERM below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
    }

    @Override
    public synchronized void close() {
        stop();
        if (temporary) {
            FileTrees.deleteQuietly(home);
        }
    }

    private static List<String> unprivileged(List<String> command) {
        if (!runsAsRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + UNPRIVILEGED_ID, "--regid=" + UNPRIVILEGED_ID,
                "--clear-groups"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void requireReachableByUnprivilegedUser(Path folder) throws IOException {
        for (Path dir = folder.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (!Files.getPosixFilePermissions(dir).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("PostgreSQL does not run as root, so it runs as user " + UNPRIVILEGED_ID
                        + ", who cannot enter " + dir + ". Keep its data under a folder every user can enter "
                        + "(the launcher: ESSOR_STATE_DIR=/var/tmp/essor), or use an external server (ESSOR_PG, ESSOR_TEST_PG).");
            }
        }
    }

    static boolean runsAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Paths.get("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** Servers whose test JVM was killed keep running: stop them and delete their data. */
    private static void removeLeftoversOfDeadJvms() {
        Path temp = Paths.get(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> homes = Files.list(temp)) {
            homes.filter(path -> path.getFileName().toString().startsWith(TEMPORARY_PREFIX))
                    .filter(path -> ownerPid(path).flatMap(ProcessHandle::of).isEmpty())
                    .forEach(home -> {
                        postmasterPid(home).flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroy);
                        FileTrees.deleteQuietly(home);
                    });
        } catch (IOException ignored) {
            // leftovers are only disk space
        }
    }

    private static Optional<Long> ownerPid(Path home) {
        String name = home.getFileName().toString().substring(TEMPORARY_PREFIX.length());
        try {
            return Optional.of(Long.parseLong(name.substring(0, name.indexOf('-'))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> postmasterPid(Path home) {
        try {
            List<String> lines = Files.readAllLines(home.resolve("data/postmaster.pid"), StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Runs a server in the foreground for the local launcher: {@code --port 5432 --data-dir DIR [--log FILE]}. Prints
     * {@code POSTGRES_READY <url>} when it accepts connections; stops the server when this process is stopped.
     */
    public static void main(String[] args) {
        Arguments arguments = Arguments.parse(args);
        String log = arguments.get("log", null);
        EmbeddedPostgres server = startPersistent(Paths.get(arguments.require("data-dir")),
                Integer.parseInt(arguments.get("port", "5432")), log == null ? null : Paths.get(log));
        ServerProcesses.serveUntilStopped("PostgreSQL", "POSTGRES_READY " + server.url(), server::isRunning, server::stop,
                server.logFile);
    }
}
