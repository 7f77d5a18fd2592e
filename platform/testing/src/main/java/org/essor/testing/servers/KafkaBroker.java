package org.essor.testing.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker (KRaft, one combined broker and controller node) run as a separate process
 * from the Kafka jars that {@code platform/servers} copies out of Maven Central. The tests and the local
 * launcher start it through this one class.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String READY_LINE = "Kafka Server started";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path libDirectory;
    private final Path dataDirectory;
    private final boolean deleteDataOnClose;
    private final int port;
    private final int controllerPort;
    private final String heap;
    private Path logFile;
    private String clusterId = newClusterId();
    private Process process;

    private KafkaBroker(Path libDirectory, Path dataDirectory, boolean deleteDataOnClose, int port,
                        int controllerPort, String heap) {
        this.libDirectory = libDirectory;
        this.dataDirectory = dataDirectory;
        this.deleteDataOnClose = deleteDataOnClose;
        this.port = port;
        this.controllerPort = controllerPort;
        this.heap = heap;
        this.logFile = dataDirectory.resolve("server.log");
    }

    /** A broker on free ports with its data in a temporary folder that {@link #close()} deletes. */
    public static KafkaBroker startTemporary() {
        return startTemporary(newClusterId());
    }

    static KafkaBroker startTemporary(String clusterId) {
        try {
            Path data = Files.createTempDirectory("essor-kafka-");
            KafkaBroker broker = new KafkaBroker(locateLibDirectory(), data, true, freePort(), freePort(), "256m");
            broker.clusterId = clusterId;
            broker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "essor-kafka-shutdown"));
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker on the given ports keeping its data in {@code dataDirectory} across restarts. */
    public static KafkaBroker startPersistent(Path dataDirectory, int port, int controllerPort, String heap) {
        return startPersistent(dataDirectory, port, controllerPort, heap, null);
    }

    /** The same, with the broker's log in {@code logFile} (null: {@code server.log} in the data folder). */
    public static KafkaBroker startPersistent(Path dataDirectory, int port, int controllerPort, String heap, Path logFile) {
        KafkaBroker broker = new KafkaBroker(locateLibDirectory(), dataDirectory, false, port, controllerPort, heap);
        if (logFile != null) {
            broker.logFile = logFile.toAbsolutePath();
        }
        broker.start();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the broker process (again, after {@link #stop()}) on the same ports and data. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        try {
            Files.createDirectories(dataDirectory);
            Path properties = writeServerProperties();
            formatStorageOnce(properties);
            Path log = logFile;
            Files.createDirectories(log.toAbsolutePath().getParent());
            long logOffset = Files.exists(log) ? Files.size(log) : 0;
            process = new ProcessBuilder(javaCommand(List.of("-Xmx" + heap, "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-Dkafka.logs.dir=" + dataDirectory.resolve("logs"),
                    "kafka.Kafka", properties.toString())))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            ServerProcesses.awaitReadyLine("The Kafka broker", process, log, logOffset, READY_LINE, START_TIMEOUT, this::stop);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Kafka broker in " + dataDirectory, e);
        }
    }

    /** Stops the broker process, keeping its data so that {@link #start()} brings the same cluster back. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        ServerProcesses.awaitEnd(process, Duration.ofSeconds(30));
        process = null;
    }

    @Override
    public synchronized void close() {
        stop();
        if (deleteDataOnClose) {
            FileTrees.deleteQuietly(dataDirectory);
        }
    }

    private Path writeServerProperties() throws IOException {
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDirectory.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                // One node: every internal topic has one replica, or consumers never receive anything.
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.ms=-1",
                "");
        Path file = dataDirectory.resolve("server.properties");
        Files.writeString(file, properties);
        return file;
    }

    private void formatStorageOnce(Path properties) throws IOException {
        if (Files.exists(dataDirectory.resolve("data").resolve("meta.properties"))) {
            return;
        }
        Process format = new ProcessBuilder(javaCommand(List.of("-XX:TieredStopAtLevel=1",
                // "=" keeps an id that starts with "-" from being read as an option
                "kafka.tools.StorageTool", "format", "--cluster-id=" + clusterId, "--config", properties.toString())))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDirectory.resolve("format.log").toFile()))
                .start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("Formatting the Kafka storage failed: "
                        + FileTrees.tail(dataDirectory.resolve("format.log"), 20));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting the Kafka storage", e);
        }
    }

    private List<String> javaCommand(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(libDirectory.resolve("*").toString());
        command.addAll(arguments);
        return command;
    }

    /** The Kafka runtime jars: {@code essor.kafka.lib}, {@code ESSOR_KAFKA_LIB}, or found above the working folder. */
    static Path locateLibDirectory() {
        String configured = System.getProperty("essor.kafka.lib", System.getenv("ESSOR_KAFKA_LIB"));
        if (configured != null && !configured.isBlank()) {
            return requireJars(Paths.get(configured));
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("platform/servers/target/kafka/lib");
            if (Files.isDirectory(candidate)) {
                return requireJars(candidate);
            }
        }
        throw new IllegalStateException("The Kafka broker jars are missing: build them with "
                + "`./mvnw -pl platform/servers package` (or set ESSOR_KAFKA_LIB to a folder of Kafka jars)");
    }

    private static Path requireJars(Path dir) {
        try (var files = Files.list(dir)) {
            if (files.anyMatch(f -> f.getFileName().toString().startsWith("kafka_"))) {
                return dir;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new IllegalStateException("No Kafka jars in " + dir + ": build them with `./mvnw -pl platform/servers package`");
    }

    static String newClusterId() {
        UUID uuid = UUID.randomUUID();
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis()); // polling a child process's log file: there is nothing to await
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /**
     * Runs a broker in the foreground for the local launcher:
     * {@code --port 9092 --controller-port 9093 --data-dir DIR [--lib KAFKA_JARS] [--heap 384m] [--log FILE]}. Prints {@code KAFKA_READY host:port} when ready.
     */
    public static void main(String[] args) {
        Arguments arguments = Arguments.parse(args);
        String lib = arguments.get("lib", null);
        if (lib != null) {
            System.setProperty("essor.kafka.lib", lib);
        }
        KafkaBroker broker = startPersistent(Paths.get(arguments.require("data-dir")),
                Integer.parseInt(arguments.get("port", "9092")),
                Integer.parseInt(arguments.get("controller-port", "9093")),
                arguments.get("heap", "384m"), arguments.get("log", null) == null ? null : Paths.get(arguments.get("log", null)));
        ServerProcesses.serveUntilStopped("The Kafka broker", "KAFKA_READY " + broker.bootstrapServers(), broker::isRunning,
                broker::stop, broker.logFile);
    }
}
