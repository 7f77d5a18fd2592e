package org.essor.events.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.essor.events.envelope.CloudEventHeaders;
import org.essor.events.testapp.EntryRecorded;
import org.essor.events.testapp.Ledger;
import org.essor.events.testapp.LedgerTestSupport;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.servers.TcpProxy;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The application reaches PostgreSQL through a proxy that this test cuts for twenty seconds. */
@QuarkusTest
@WithTestResource(value = EssorTestServers.class, initArgs = @ResourceArg(name = "proxyDatabase", value = "true"))
class DatabaseOutageTest extends LedgerTestSupport {

    @Test
    void withPostgresUnreachableForTwentySecondsNothingIsDeadLetteredOrSkippedAndTheProjectionCompletesInOrder() {
        String account = Ledger.newAccount();
        ledger.record(account, 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> ledger.projected(account).size() == 1);
        TcpProxy database = EssorTestServers.databaseProxy();

        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            database.cut();
            try {
                for (long sequence = 2; sequence <= 11; sequence++) {
                    producer.send(recordOf(account, sequence));
                }
                producer.flush();
                await().atMost(Duration.ofSeconds(15)).until(() -> kafkaGroupStatus() == 503);
                await().pollInterval(Duration.ofSeconds(1)).during(Duration.ofSeconds(20)).atMost(Duration.ofSeconds(25))
                        .until(() -> kafkaGroupStatus() == 503);
                RestAssured.given().get("/q/health/group/kafka").then()
                        .body(org.hamcrest.Matchers.containsString("retrying since"));
            } finally {
                database.restore();
            }
        }

        List<Long> expected = LongStream.rangeClosed(1, 11).boxed().toList();
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> ledger.projected(account).size() == 11);
        assertThat(ledger.projected(account)).containsExactlyElementsOf(expected);
        assertThat(ledger.count("SELECT count(*) FROM inbox_held WHERE record_key = ?", account)).isZero();
        assertThat(topic.read(DeadLetterTest.DEAD_LETTERS, record -> account.equals(record.key()), read -> !read.isEmpty(),
                Duration.ofSeconds(5))).isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> kafkaGroupStatus() == 200);
    }

    private static int kafkaGroupStatus() {
        return RestAssured.given().get("/q/health/group/kafka").statusCode();
    }

    private static ProducerRecord<String, byte[]> recordOf(String account, long sequence) {
        String payload = "{\"account\":\"" + account + "\",\"sequence\":" + sequence + ",\"note\":\"direct\",\"poison\":false}";
        return new ProducerRecord<>(EntryRecorded.TOPIC, null, account, payload.getBytes(StandardCharsets.UTF_8),
                CloudEventHeaders.write(UUID.randomUUID(), EntryRecorded.TYPE, account, sequence, Instant.now(),
                        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
    }
}
