package org.essor.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.essor.testing.servers.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness's smoke run: {@code platform/bench/run --smoke} against a PostgreSQL server of this test (the
 * reference app, its SQL and the registry's SQL under wrk and pgbench, about two seconds each), then its results file
 * must hold a positive number for every figure. The full benchmark runs against a whole platform and never here.
 */
class HarnessSmokeTest {

    private static final Path PROJECT = Paths.get(System.getProperty("essor.project.dir", "../..")).toAbsolutePath().normalize();
    private static final Path TARGET = PROJECT.resolve("platform/bench/target");

    @Test
    void theHarnessMeasuresTheReferenceAppAndTheRegistrysSql() throws Exception {
        requireTool("wrk", "wrk");
        requireTool("pgbench", "postgresql-client");
        requireTool("psql", "postgresql-client");
        Path reference = PROJECT.resolve("platform/bench/reference/target/quarkus-app/quarkus-run.jar");
        assertThat(reference).as("the reference app is built before this test (module platform/bench/reference)").exists();

        Path results = TARGET.resolve("smoke-results.md");
        Path log = TARGET.resolve("smoke-run.log");
        Files.createDirectories(TARGET);
        Files.deleteIfExists(results);
        ProcessBuilder run = new ProcessBuilder(PROJECT.resolve("platform/bench/run").toString(), "--smoke", "--pg", postgresUrl(),
                "--out", results.toString())
                .directory(PROJECT.toFile());
        run.environment().put("ESSOR_BENCH_REFERENCE_PORT", Integer.toString(freePort()));
        Process process = run
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            fail("platform/bench/run --smoke still running after 5 minutes:\n" + tail(log));
        }
        assertThat(process.exitValue()).as("platform/bench/run --smoke failed:\n%s", tail(log)).isZero();

        String markdown = Files.readString(results, StandardCharsets.UTF_8);
        assertPositive(markdown, "\\| reference app, GET by id \\| ([0-9.]+) req/s, p50 ([0-9.]+) ms, p99 ([0-9.]+) ms \\|");
        for (String figure : List.of("reference app's SQL", "registry's GET by id SQL", "registry's list page SQL",
                "registry's registration transaction")) {
            assertPositive(markdown, "\\| " + Pattern.quote(figure) + ", pgbench \\| ([0-9.]+) tps \\(latency average ([0-9.]+) ms\\)");
        }
        assertPositive(markdown, "\\| reference app: ready, idle RSS \\| ([0-9]+) ms, ([0-9]+) MB \\|");
        assertThat(markdown).contains("| 5xx answers | 0 |");
    }

    private static void assertPositive(String markdown, String regex) {
        Matcher figure = Pattern.compile(regex).matcher(markdown);
        assertThat(figure.find()).as("a line matching %s in the smoke run's results:\n%s", regex, markdown).isTrue();
        for (int group = 1; group <= figure.groupCount(); group++) {
            assertThat(Double.parseDouble(figure.group(group))).as("%s in %s", figure.group(group), figure.group()).isPositive();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String postgresUrl() {
        String url = System.getProperty("essor.test.pg", System.getenv("ESSOR_TEST_PG"));
        return url == null || url.isBlank() ? EmbeddedPostgres.shared().url() : url;
    }

    private static void requireTool(String tool, String debianPackage) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Paths.get(folder, tool))) {
                return;
            }
        }
        fail("The benchmark harness needs " + tool + ", which is not on the PATH: install the Debian package " + debianPackage
                + " (apt-get install " + debianPackage + ")");
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no output)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
