package org.essor.testing.servers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A throw-away Keycloak {@value #VERSION} server run as a child process, with only the JDK.
 *
 * <p>The distribution zip is taken from the local Maven repository and unpacked once into
 * {@code ${ESSOR_CACHE:-~/.cache/essor}/keycloak-26.5.6}; that unpack also runs Keycloak's first-start build
 * (re-augmentation) for the options used here, so the shared folder is never written again and several servers
 * can run from it at once. Each server runs {@code kc.sh start-dev} on 127.0.0.1 with an in-memory H2
 * database ({@code --db=dev-mem}) and imports the given realm file at every start, from its own temporary
 * folder, which also holds its temporary files and transaction log; {@link #stop()} deletes that folder.
 * The master realm's administrator is {@code admin}/{@code admin}.
 *
 * <p>Shell launcher: {@code java -cp platform/testing/target/classes org.essor.testing.servers.KeycloakServer
 * --port 8180 --realm deploy/keycloak/essor-realm.json --log keycloak.log} prints {@code KEYCLOAK_READY <baseUrl>}
 * when the realm answers, and stops Keycloak when it is itself stopped (SIGTERM, Ctrl-C).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String VERSION = "26.5.6";
    public static final String REALM = "essor";
    public static final String HOST = "127.0.0.1";
    /** The public client of the password grant in {@link #tokenFor(String, String)}. */
    public static final String WEB_CLIENT = "essor-web";

    private static final String DOWNLOAD_COMMAND =
            "./mvnw -pl platform/servers package (or mvn -q dependency:get -Dartifact=org.keycloak:keycloak-quarkus-dist:"
                    + VERSION + ":zip)";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration BUILD_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    /** Written in the unpacked folder once the first-start build is done. */
    private static final String INSTALLED_MARKER = ".essor-installed";
    /** Printed by the server JVM that kc.sh relaunches after the first-start build (exit code 10). */
    private static final String BUILD_DONE_LINE = "Running the server in development mode";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final Path home;
    private final Path realmJson;
    private final int port;
    private final Path instanceDirectory;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Thread shutdownHook = new Thread(this::stop, "essor-keycloak-shutdown");
    private volatile Process process;
    private volatile boolean stopping;

    private KeycloakServer(Path home, Path realmJson, int port, Path instanceDirectory, Path logFile) {
        this.home = home;
        this.realmJson = realmJson;
        this.port = port;
        this.instanceDirectory = instanceDirectory;
        this.logFile = logFile;
    }

    /** A server on a free port, its log in its temporary folder. */
    public static KeycloakServer startTemporary(Path realmJson) {
        return start(realmJson, 0, null);
    }

    /**
     * Starts a server and waits until the realm answers.
     *
     * @param port    the HTTP port on 127.0.0.1, or 0 for a free one
     * @param logFile where Keycloak's output goes, or null for its temporary folder (deleted by {@link #stop()})
     */
    public static KeycloakServer start(Path realmJson, int port, Path logFile) {
        if (!Files.isRegularFile(realmJson)) {
            throw new IllegalArgumentException("No realm file at " + realmJson.toAbsolutePath());
        }
        try {
            Path home = installedHome();
            int chosenPort = port == 0 ? KafkaBroker.freePort() : requireFreePort(port);
            Path instance = Files.createTempDirectory("essor-keycloak-" + chosenPort + "-");
            Path log = logFile != null ? logFile.toAbsolutePath() : instance.resolve("keycloak.log");
            KeycloakServer server = new KeycloakServer(home, realmJson.toAbsolutePath(), chosenPort, instance, log);
            try {
                server.launch();
            } catch (IOException | RuntimeException e) {
                server.stop();
                FileTrees.deleteQuietly(instance);
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak", e);
        }
    }

    public String baseUrl() {
        return "http://" + HOST + ":" + port;
    }

    /** The {@code iss} of the realm's tokens. */
    public String issuerUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isRunning() {
        Process current = process;
        return current != null && current.isAlive();
    }

    /** An access token of a realm user, by the password grant of the public client {@value #WEB_CLIENT}. */
    public String tokenFor(String username, String password) {
        return requestToken(Map.of("grant_type", "password", "client_id", WEB_CLIENT,
                "username", username, "password", password));
    }

    /** An access token of a confidential client's service account, by the client-credentials grant. */
    public String clientCredentialsToken(String clientId, String secret) {
        return requestToken(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** Stops Keycloak (kc.sh and the server JVM under it) and deletes the server's temporary folder. */
    public synchronized void stop() {
        stopping = true;
        if (process == null) {
            return;
        }
        stopTree(process);
        process = null;
        removeShutdownHook(shutdownHook);
        FileTrees.deleteQuietly(instanceDirectory);
    }

    @Override
    public void close() {
        stop();
    }

    // ---- one server ----

    private void launch() throws IOException {
        Path imports = Files.createDirectories(instanceDirectory.resolve("import"));
        Files.copy(realmJson, imports.resolve(REALM + "-realm.json"));
        List<String> command = kcCommand(home, port, instanceDirectory);
        command.add("-Dkeycloak.migration.dir=" + imports); // what --import-realm does, with our own folder
        progress("starting Keycloak on port " + port + " and importing the realm (up to " + START_TIMEOUT.toSeconds() + " s)");
        process = startProcess(command, instanceDirectory, logFile);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        awaitRealm();
    }

    private void awaitRealm() {
        URI discovery = URI.create(issuerUrl() + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                String tail = FileTrees.tail(logFile, 40);
                stop();
                throw new IllegalStateException("Keycloak exited while starting:\n" + tail);
            }
            if (answersOk(discovery)) {
                return;
            }
            KafkaBroker.pause(Duration.ofMillis(250));
        }
        String tail = FileTrees.tail(logFile, 40);
        stop();
        throw new IllegalStateException("Keycloak did not serve " + discovery + " within " + START_TIMEOUT + ":\n" + tail);
    }

    private boolean answersOk(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    private String requestToken(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUrl() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("Keycloak refused the token request (" + response.statusCode() + "): "
                        + response.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException("No answer from Keycloak at " + baseUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Keycloak for a token", e);
        }
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running, or about to
        }
    }

    // ---- the command line shared by the first-start build and every server ----

    /**
     * {@code kc.sh start-dev} with the options of every start. {@code --db} is a build option: it must stay the same
     * as at the first-start build, or Keycloak rebuilds into the shared folder.
     */
    private static List<String> kcCommand(Path home, int port, Path instanceDirectory) {
        return new ArrayList<>(List.of(
                home.resolve("bin/kc.sh").toString(), "start-dev",
                "--db=dev-mem",                               // in-memory H2: a clean database at every start
                "--http-host=" + HOST,
                "--http-port=" + port,
                "--hostname=http://" + HOST + ":" + port,     // fixed iss, whatever host name a client uses
                "-Djava.io.tmpdir=" + instanceDirectory.resolve("tmp"),
                "-Dquarkus.transaction-manager.object-store.directory=" + instanceDirectory.resolve("transaction-logs")));
    }

    private static Process startProcess(List<String> command, Path directory, Path log) throws IOException {
        Files.createDirectories(directory.resolve("tmp"));
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        configureEnvironment(builder.environment());
        Process started = builder.start();
        started.getOutputStream().close(); // Keycloak reads no input
        return started;
    }

    private static void configureEnvironment(Map<String, String> env) {
        // Inherited Keycloak/Quarkus settings (KC_DB, JAVA_OPTS, ...) would change the build or the JVM.
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("QUARKUS_")
                || name.startsWith("JAVA_OPTS") || name.equals("JAVA") || name.equals("JAVA_ADD_OPENS")
                || name.equals("DEBUG") || name.equals("DEBUG_PORT"));
        env.put("JAVA_HOME", System.getProperty("java.home")); // the JVM running this class
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1"); // C1 only: faster start, less memory
    }

    // ---- the distribution, unpacked and built once ----

    /** The unpacked, built distribution; unpacks it first if needed (one JVM or process at a time). */
    /** What a slow start is waiting for, for whoever reads this process's output. */
    private static void progress(String step) {
        System.out.println("KEYCLOAK_PROGRESS " + step);
        System.out.flush();
    }

    static Path installedHome() throws IOException {
        Path cache = cacheDirectory();
        Path home = cache.resolve("keycloak-" + VERSION);
        if (Files.exists(home.resolve(INSTALLED_MARKER))) {
            return home;
        }
        Path zip = distributionZip();
        Files.createDirectories(cache);
        synchronized (KeycloakServer.class) { // a file lock is held per JVM: threads wait here
            try (FileChannel channel = FileChannel.open(cache.resolve("keycloak-" + VERSION + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (!Files.exists(home.resolve(INSTALLED_MARKER))) {
                    install(zip, cache, home);
                }
            }
        }
        return home;
    }

    /** Unpacks into a temporary folder, builds there, then renames it: an interruption leaves no half folder. */
    private static void install(Path zip, Path cache, Path home) throws IOException {
        deleteStaleUnpacks(cache);
        FileTrees.deleteQuietly(home); // a folder without the marker is not ours
        Path unpacking = Files.createTempDirectory(cache, "keycloak-" + VERSION + ".tmp-");
        progress("installing Keycloak " + VERSION + " (first start only: unpacking, then building its server, up to "
                + BUILD_TIMEOUT.toMinutes() + " minutes)");
        try {
            unzipWithoutTopFolder(zip, unpacking);
            runFirstStartBuild(unpacking);
            Files.writeString(unpacking.resolve(INSTALLED_MARKER), "Unpacked from " + zip + " at " + Instant.now() + "\n");
            Files.move(unpacking, home, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            FileTrees.deleteQuietly(unpacking);
        }
    }

    private static void deleteStaleUnpacks(Path cache) throws IOException {
        try (Stream<Path> entries = Files.list(cache)) {
            entries.filter(p -> p.getFileName().toString().startsWith("keycloak-" + VERSION + ".tmp-"))
                    .forEach(FileTrees::deleteQuietly);
        }
    }

    private static void unzipWithoutTopFolder(Path zip, Path target) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(archive.entries())) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                Path destination = target.resolve(slash < 0 ? name : name.substring(slash + 1)).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("Zip entry outside the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        try (Stream<Path> scripts = Files.list(target.resolve("bin"))) { // java.util.zip drops Unix modes
            scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true, false));
        }
    }

    /**
     * The first {@code start-dev} rebuilds the server for the dev profile and {@code --db=dev-mem} (Keycloak
     * refuses {@code kc.sh build} in dev mode), exits with code 10, and kc.sh relaunches the server. Run it once
     * here and stop it as soon as the relaunched server prints its dev-mode line: the build is then complete.
     * Its import folder does not exist, so that server fails by itself seconds later should this JVM be killed.
     */
    private static void runFirstStartBuild(Path unpacked) throws IOException {
        Path scratch = Files.createTempDirectory("essor-keycloak-build-");
        Path log = scratch.resolve("build.log");
        List<String> command = kcCommand(unpacked, KafkaBroker.freePort(), scratch);
        command.add("-Dkeycloak.migration.dir=" + scratch.resolve("no-such-folder"));
        Process build = startProcess(command, scratch, log);
        Thread hook = new Thread(() -> stopTree(build), "essor-keycloak-build-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            awaitBuild(build, log);
            if (!persistedBuildOptions(unpacked).contains("kc.db=dev-mem")) {
                throw new IllegalStateException("The Keycloak first-start build failed:\n" + FileTrees.tail(log, 40));
            }
        } finally {
            stopTree(build);
            removeShutdownHook(hook);
            FileTrees.deleteQuietly(unpacked.resolve("data"));
            FileTrees.deleteQuietly(scratch);
        }
    }

    /** Returns once the relaunched server runs, or once kc.sh has ended. */
    private static void awaitBuild(Process build, Path log) {
        Instant deadline = Instant.now().plus(BUILD_TIMEOUT);
        while (build.isAlive() && !read(log).contains(BUILD_DONE_LINE)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The Keycloak first-start build took over " + BUILD_TIMEOUT + ":\n"
                        + FileTrees.tail(log, 40));
            }
            KafkaBroker.pause(Duration.ofMillis(250));
        }
    }

    private static String persistedBuildOptions(Path unpacked) throws IOException {
        try (ZipFile jar = new ZipFile(unpacked.resolve("lib/quarkus/generated-bytecode.jar").toFile())) {
            ZipEntry entry = jar.getEntry("META-INF/keycloak-persisted.properties");
            if (entry == null) {
                return "";
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** The zip in the local Maven repository ({@code maven.repo.local}, else {@code ~/.m2/repository}). */
    static Path distributionZip() {
        String configured = System.getProperty("maven.repo.local");
        Path repository = configured != null && !configured.isBlank()
                ? Paths.get(configured)
                : Paths.get(System.getProperty("user.home"), ".m2", "repository");
        Path zip = repository.resolve("org/keycloak/keycloak-quarkus-dist/" + VERSION
                + "/keycloak-quarkus-dist-" + VERSION + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("The Keycloak distribution is missing: " + zip + "\nDownload it (157 MiB) with: "
                    + DOWNLOAD_COMMAND + (configured != null && !configured.isBlank() ? " -Dmaven.repo.local=" + configured : ""));
        }
        return zip;
    }

    private static Path cacheDirectory() {
        String configured = System.getenv("ESSOR_CACHE");
        return configured != null && !configured.isBlank()
                ? Paths.get(configured)
                : Paths.get(System.getProperty("user.home"), ".cache", "essor");
    }

    // ---- small helpers ----

    /** Stops kc.sh and what it started (the server JVM): kc.sh may outlive a stopped JVM, or the reverse. */
    private static void stopTree(Process root) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().collect(Collectors.toList()));
        tree.add(root.toHandle());
        stopProcesses(tree);
    }

    /** SIGTERM to every process, then SIGKILL to those still running after {@link #STOP_TIMEOUT}. */
    private static void stopProcesses(List<ProcessHandle> processes) {
        processes.forEach(ProcessHandle::destroy);
        CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            processes.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            processes.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
    }

    /** Fails fast: another server on the port would answer the readiness check in our stead. */
    private static int requireFreePort(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
            return port;
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " on " + HOST + " is already in use (another Keycloak?)", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    // ---- shell launcher ----

    /** {@code --port N} (0 = free), {@code --realm FILE} (default deploy/keycloak/essor-realm.json), {@code --log FILE}. */
    public static void main(String[] args) throws InterruptedException {
        Arguments options = Arguments.parse(args);
        String log = options.get("log", null);
        KeycloakServer server = start(Paths.get(options.get("realm", "deploy/keycloak/essor-realm.json")),
                Integer.parseInt(options.get("port", "0")), log == null ? null : Paths.get(log));
        System.out.println("KEYCLOAK_READY " + server.baseUrl());
        System.out.flush();
        Process child = server.process;
        int exit = child == null ? 0 : child.waitFor(); // returns when the shutdown hook stops it, or Keycloak dies
        if (server.stopping) {
            return;
        }
        System.err.println("Keycloak stopped by itself (exit " + exit + "):\n" + FileTrees.tail(server.logFile, 30));
        server.stop();
        System.exit(1);
    }

}
