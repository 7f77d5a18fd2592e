package org.essor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code deploy/local/essor} driven as a newcomer drives it, on the applications this build packaged: no external
 * PostgreSQL (Essor's own runs), its state in a fresh folder, every port moved by an offset so that a platform already
 * running on this machine is left alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalLauncherTest {

    private static final Path PROJECT = Paths.get(System.getProperty("essor.project.dir", "../..")).toAbsolutePath().normalize();
    private static final Path LAUNCHER = PROJECT.resolve("deploy/local/essor");
    /** Ports the launcher uses, before the offset: PostgreSQL, Kafka and its controller, Keycloak, the services. */
    private static final int[] PORTS = {5432, 9092, 9093, 8180, 8081, 8082, 8083, 8084, 8085};

    private Path state;
    private int offset;

    @BeforeAll
    void freshStateAndFreePorts() throws IOException {
        // PostgreSQL may run as another user than this JVM's (see EmbeddedPostgres): a folder every user can enter
        state = Files.createTempDirectory("essor-launcher-test-", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        offset = freeOffset();
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (state != null) {
            run("down");
        }
    }

    @Test
    @Order(1)
    void saysWhichToolIsMissing() throws Exception {
        Path bin = Files.createDirectories(state.resolve("bin-without-java"));
        for (String tool : List.of("bash", "nohup", "cat", "tail", "find", "grep", "sed", "sleep", "mkdir")) {
            Files.createSymbolicLink(bin.resolve(tool), which(tool));
        }
        Result result = run(Map.of("PATH", bin.toString()), "status");

        assertThat(result.exit).isNotZero();
        assertThat(result.err).contains("missing tools: java").contains("JDK 17");

        Files.delete(bin.resolve("sed"));
        Files.createSymbolicLink(bin.resolve("java"), which("java"));
        assertThat(run(Map.of("PATH", bin.toString()), "status").err).contains("missing tools: sed");
    }

    @Test
    @Order(2)
    void upStartsEverythingOnItsOwnPostgresql() throws Exception {
        Result up = run("up", "--no-build");

        assertThat(up.exit).as(up.toString()).isZero();
        assertThat(up.out).contains("postgresql: ready", "kafka: ready", "keycloak: ready", "registry: ready",
                "programmes: ready", "financing: ready", "calendar: ready", "evaluation: ready",
                "created database essor_registry", "created database essor_financing", "created database essor_calendar",
                "created database essor_evaluation", "Next steps", "deploy/local/essor token registry-officer");
        // its own words only: the servers' output is in their logs
        assertThat(up.out.lines()).allMatch(line -> !line.contains(" INFO ") && !line.contains("[main]"), "no server log line");
        assertThat(state.resolve("postgres/data/PG_VERSION")).exists();
        assertThat(state.resolve("logs/registry.log")).exists();
        assertThat(state.resolve("logs/postgresql.log")).exists();
        // the services sign their cursors with this platform's own key, not the development one
        assertThat(state.resolve("cursor-key")).isNotEmptyFile();
    }

    @Test
    @Order(3)
    void upAgainKeepsOnePlatform() throws Exception {
        Result again = run("up", "--no-build");

        assertThat(again.exit).as(again.toString()).isZero();
        assertThat(again.out).contains("postgresql: already running", "kafka: already running", "keycloak: already running",
                "registry: already running", "programmes: already running", "financing: already running",
                "calendar: already running", "evaluation: already running");
        Result status = run("status");
        // PostgreSQL, Kafka, Keycloak and the five services
        assertThat(status.out.lines().filter(line -> line.contains(" running ")).count()).isEqualTo(8);
    }

    @Test
    @Order(4)
    void tokenGivesABearerTokenTheServicesAccept() throws Exception {
        Result token = run("token", "registry-officer");

        assertThat(token.exit).as(token.toString()).isZero();
        String jwt = token.out.trim();
        assertThat(jwt.split("\\.")).hasSize(3);
        HttpResponse<String> register = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + (8081 + offset) + "/api/v1/enterprises?limit=1"))
                .header("Authorization", "Bearer " + jwt).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(register.statusCode()).isEqualTo(200);

        assertThat(run("token", "nobody-here").exit).isNotZero();
    }

    @Test
    @Order(5)
    void seedingTwiceLoadsTheDemoDataOnce() throws Exception {
        Result first = run("seed", "40");
        assertThat(first.exit).as(first.toString()).isZero();
        assertThat(first.out).contains("import COMPLETED", "0 rejected", "reached the programmes service", "9 applications")
                .doesNotContain("import COMPLETED, establishments: 0 created");

        Result second = run("seed", "40");
        assertThat(second.exit).as(second.toString()).isZero();
        assertThat(second.out).contains("the demo enterprises are already there", "the demo calls are already there");
    }

    @Test
    @Order(6)
    void logsShowsOneComponent() throws Exception {
        Result logs = run("logs", "registry", "--no-follow");
        assertThat(logs.exit).isZero();
        assertThat(logs.out).contains("essor-registry").doesNotContain("development key");

        Result unknown = run("logs", "nothing");
        assertThat(unknown.exit).isNotZero();
        assertThat(unknown.err).contains("components: postgresql kafka keycloak build registry programmes financing calendar evaluation");
    }

    @Test
    @Order(7)
    void downStopsWhatUpStarted() throws Exception {
        Result down = run("down");

        assertThat(down.exit).isZero();
        assertThat(down.out).contains("registry: stopped", "financing: stopped", "calendar: stopped", "evaluation: stopped",
                "keycloak: stopped", "kafka: stopped", "postgresql: stopped");
        assertThat(run("status").out.lines().filter(line -> line.contains(" running ")).count()).isZero();
        assertThat(IntStream.of(PORTS).map(port -> port + offset)).allMatch(LocalLauncherTest::isFree);
    }

    private Result run(String... arguments) throws Exception {
        return run(Map.of(), arguments);
    }

    private Result run(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(which("bash").toString(), LAUNCHER.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile());
        Map<String, String> env = builder.environment();
        env.remove("ESSOR_PG");
        env.remove("ESSOR_PG_PORT");
        env.remove("ESSOR_SKIP_BUILD");
        env.put("ESSOR_STATE_DIR", state.toString());
        env.put("ESSOR_PORT_OFFSET", Integer.toString(offset));
        env.putAll(environment);
        Path out = Files.createTempFile(state, "out-", ".txt");
        Path err = Files.createTempFile(state, "err-", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("deploy/local/essor " + String.join(" ", arguments) + " did not finish in 10 minutes");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path which(String tool) {
        for (String dir : System.getenv("PATH").split(":")) {
            Path candidate = Paths.get(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(tool + " is not on the PATH");
    }

    private static int freeOffset() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int candidate = 20_000 + ThreadLocalRandom.current().nextInt(200) * 100;
            if (IntStream.of(PORTS).allMatch(port -> isFree(port + candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free set of ports for the launcher");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }
}
