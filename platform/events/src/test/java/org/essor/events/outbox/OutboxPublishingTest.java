package org.essor.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.essor.testing.kafka.TopicReader.header;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.essor.events.envelope.CloudEventHeaders;
import org.essor.events.testapp.EntryRecorded;
import org.essor.events.testapp.Ledger;
import org.essor.events.testapp.LedgerTestSupport;
import org.essor.events.testapp.LedgerProjection;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
class OutboxPublishingTest extends LedgerTestSupport {

    @Inject
    OutboxRelayService relays;

    @Inject
    MeterRegistry registry;

    @Test
    void anEventAppendedInARolledBackTransactionIsNeverPublished() {
        String account = Ledger.newAccount();
        ledger.recordFailing(account, 1);
        ledger.record(account, 2);

        List<ConsumerRecord<String, byte[]>> published = topic.readKey(EntryRecorded.TOPIC, account, 1, Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.unsent(account) == 0);

        assertThat(ledger.entries(account)).isEqualTo(1);
        assertThat(ledger.outboxRows(account)).isEqualTo(1);
        assertThat(published).extracting(record -> header(record, CloudEventHeaders.SEQUENCE)).containsExactly("0000000000000000002");
    }

    @Test
    void aCommittedEventIsPublishedAsACloudEvent() {
        String account = Ledger.newAccount();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        RestAssured.given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .queryParam("sequence", 7).post("/ledger/{account}/entries", account).then().statusCode(200);

        ConsumerRecord<String, byte[]> record = topic.readKey(EntryRecorded.TOPIC, account, 1, Duration.ofSeconds(30)).get(0);

        assertThat(record.key()).isEqualTo(account);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).matches("[0-9a-f-]{36}");
        assertThat(header(record, "ce_source")).isEqualTo("/essor/ledger");
        assertThat(header(record, "ce_type")).isEqualTo("essor.ledger.entry.recorded.v1");
        assertThat(header(record, "ce_subject")).isEqualTo(account);
        assertThat(header(record, "ce_sequence")).isEqualTo("0000000000000000007");
        assertThat(header(record, "ce_time")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(header(record, "traceparent")).startsWith("00-" + traceId + "-");
        assertThat(TopicReader.value(record)).contains("\"account\":\"" + account + "\"", "\"sequence\":7");
    }

    @Test
    void aRelayThatDiesBetweenSendingAndMarkingSendsAgainAndTheInboxAppliesItOnce() {
        String account = Ledger.newAccount();
        double duplicatesBefore = duplicates();
        AtomicBoolean crashOnce = new AtomicBoolean(true);
        relays.running().afterSend(() -> {
            if (crashOnce.getAndSet(false)) {
                throw new IllegalStateException("relay died after sending, before marking");
            }
        });
        try {
            ledger.record(account, 1);

            List<ConsumerRecord<String, byte[]>> published = topic.readKey(EntryRecorded.TOPIC, account, 2, Duration.ofSeconds(30));
            assertThat(published).hasSize(2);
            assertThat(header(published.get(1), "ce_id")).isEqualTo(header(published.get(0), "ce_id"));
            await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() > duplicatesBefore);
            assertThat(ledger.projected(account)).containsExactly(1L);
            assertThat(ledger.unsent(account)).isZero();
        } finally {
            relays.running().afterSend(() -> { });
        }
    }

    @Test
    void sentRowsOlderThanTheRetentionArePurged() throws Exception {
        String account = Ledger.newAccount();
        ledger.record(account, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.unsent(account) == 0);
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "UPDATE outbox SET sent_at = now() - interval '30 days' WHERE aggregate_id = ?")) {
            statement.setString(1, account);
            statement.executeUpdate();
        }

        assertThat(relays.running().purge()).isGreaterThanOrEqualTo(1);
        assertThat(ledger.outboxRows(account)).isZero();
    }

    private double duplicates() {
        var counter = registry.find("essor.inbox.duplicates").tag("consumer", LedgerProjection.CONSUMER).counter();
        return counter == null ? 0 : counter.count();
    }
}
