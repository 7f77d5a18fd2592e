package org.essor.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.assertj.core.api.SoftAssertions;
import org.awaitility.core.ConditionTimeoutException;
import org.essor.registry.EnterpriseJson;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Clients that give up at random moments (as {@code wrk --timeout} does under load) must leave nothing behind:
 * no error, no connection held or transaction left open, and no enterprise without its event, nor the reverse.
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "registry-officer", roles = "registry-officer")
class DisconnectingClientsTest {

    private static final int REQUESTS = 300;
    private static final int CLIENTS = 8;
    private static final int MIN_PATIENCE_MS = 50;
    private static final int FRESH_REQUESTS = 40;
    private static final String IDLE_IN_TRANSACTION = "SELECT count(*) FROM pg_stat_activity "
            + "WHERE datname = current_database() AND state LIKE 'idle in transaction%'";
    private static final String REGISTERED = "essor.registry.enterprise.registered.v1";

    @TestHTTPResource("/api/v1/enterprises")
    URL enterprises;

    @Inject
    AgroalDataSource database;

    @Inject
    MeterRegistry meters;

    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final Handler errorLog = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(record.getLoggerName() + ": " + record.getMessage()
                        + (record.getThrown() == null ? "" : " (" + record.getThrown() + ")"));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureErrors() {
        Logger.getLogger("").addHandler(errorLog);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(errorLog);
    }

    @Test
    void registrationsWhoseClientsHangUpEndCleanly() throws Exception {
        // Clients give up within twice the time a registration takes on this machine now, so many leave mid-way.
        int patienceMs = 2 * typicalRegistrationMs();
        List<String> sirens = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger hungUpBeforeTheAnswer = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < REQUESTS; i++) {
            EnterpriseJson enterprise = EnterpriseJson.association();
            sirens.add(enterprise.siren());
            // Every other request asks for idempotency, whose transaction then wraps the registration's.
            String key = i % 2 == 0 ? UUID.randomUUID().toString() : null;
            clients.execute(() -> {
                if (!answeredWithin(ThreadLocalRandom.current().nextInt(patienceMs + 1), enterprise.build(), key)) {
                    hungUpBeforeTheAnswer.incrementAndGet();
                }
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(hungUpBeforeTheAnswer.get()).as("clients that hung up before the answer").isGreaterThan(REQUESTS / 10);

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(poolAndDatabaseSettle()).as("every connection back in the pool, no transaction left open: "
                + "active %s, waiting %s, idle in transaction %s", poolGauges("active"), poolGauges("queue.size"),
                count(IDLE_IN_TRANSACTION)).isTrue();
        softly.check(this::freshRequestsAllSucceed);

        List<String[]> registered = rows("SELECT e.id, (SELECT count(*) FROM outbox o WHERE o.aggregate_id = e.id::text "
                + "AND o.event_type = '" + REGISTERED + "') FROM enterprise e WHERE e.siren = ANY (?)", sirens);
        softly.assertThat(registered).as("registrations that committed").isNotEmpty();
        softly.assertThat(registered).as("enterprises without exactly one registered event")
                .filteredOn(row -> !row[1].equals("1")).isEmpty();
        softly.assertThat(count("SELECT count(*) FROM outbox o WHERE o.event_type = '" + REGISTERED + "' AND NOT EXISTS "
                + "(SELECT 1 FROM enterprise e WHERE e.id::text = o.aggregate_id)")).as("events without their enterprise").isZero();
        softly.assertThat(count("SELECT count(*) FROM idempotency_key WHERE status IS NULL"))
                .as("idempotency keys claimed without an answer").isZero();
        softly.assertThat(errors).as("ERROR log lines").isEmpty();
        softly.assertAll();
    }

    private boolean poolAndDatabaseSettle() {
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> !poolGauges("active").isEmpty()
                    && poolGauges("active").stream().allMatch(value -> value == 0)
                    && poolGauges("queue.size").stream().allMatch(value -> value == 0)
                    && count(IDLE_IN_TRANSACTION) == 0);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /** The median time of a few registrations one after the other (which also warms the service up). */
    private int typicalRegistrationMs() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(registration(null), HttpResponse.BodyHandlers.ofString());
            times.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            assertThat(answer.statusCode()).isEqualTo(201);
        }
        Collections.sort(times);
        return (int) Math.max(MIN_PATIENCE_MS / 2, times.get(times.size() / 2));
    }

    /** Sends a registration and waits at most {@code patienceMs} for the answer; false if it hung up first. */
    private boolean answeredWithin(int patienceMs, String body, String idempotencyKey) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String request = "POST " + enterprises.getPath() + " HTTP/1.1\r\nHost: " + enterprises.getHost() + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n"
                + (idempotencyKey == null ? "" : "Idempotency-Key: " + idempotencyKey + "\r\n") + "\r\n";
        try (Socket socket = new Socket(enterprises.getHost(), enterprises.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            if (patienceMs == 0) {
                return false;
            }
            socket.setSoTimeout(patienceMs);
            InputStream in = socket.getInputStream();
            return in.read() >= 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            throw new IllegalStateException("The server refused a connection", e);
        }
    }

    /** With every connection back in the pool, a burst of patient clients is served promptly. */
    private void freshRequestsAllSucceed() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < FRESH_REQUESTS; i++) {
            answers.add(http.sendAsync(registration(Duration.ofSeconds(15)), HttpResponse.BodyHandlers.ofString()));
        }
        assertThat(answers).allSatisfy(answer -> assertThat(answer.join().statusCode()).isEqualTo(201));
    }

    private HttpRequest registration(Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(enterprises.toString()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(EnterpriseJson.scop().build()));
        return (timeout == null ? request : request.timeout(timeout)).build();
    }

    /** The reactive SQL pool's gauges ({@code active}, {@code queue.size}...), one value per pool. */
    private List<Double> poolGauges(String name) {
        return meters.getMeters().stream()
                .filter(meter -> meter instanceof Gauge && "sql".equals(meter.getId().getTag("pool.type"))
                        && meter.getId().getName().endsWith("pool." + name))
                .map(meter -> ((Gauge) meter).value()).toList();
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(rows(sql, null).get(0)[0]);
    }

    private List<String[]> rows(String sql, List<String> sirens) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (sirens != null) {
                Array array = connection.createArrayOf("text", sirens.toArray());
                statement.setArray(1, array);
            }
            List<String[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    String[] row = new String[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getString(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
