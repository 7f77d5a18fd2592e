package org.essor.events.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.essor.testing.kafka.TopicReader.header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.essor.events.envelope.CloudEventHeaders;
import org.essor.events.envelope.EventType;
import org.essor.events.testapp.EntryRecorded;
import org.essor.events.testapp.Ledger;
import org.essor.events.testapp.LedgerProjection;
import org.essor.events.testapp.LedgerTestSupport;
import org.essor.testing.quarkus.EssorTestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
class DeadLetterTest extends LedgerTestSupport {

    static final String DEAD_LETTERS = "ledger.entry.v1.dlq.ledger";

    @Inject
    HeldEvents held;

    @Inject
    MeterRegistry registry;

    @AfterEach
    void poisonIsPoisonAgain() {
        LedgerProjection.acceptPoison = false;
    }

    @Test
    void anEventWhoseEffectFailsForGoodIsADeadLetterWithItsErrorInHeaders() {
        String account = Ledger.newAccount();
        ledger.recordPoisoned(account, 1);

        ConsumerRecord<String, byte[]> letter = topic.readKey(DEAD_LETTERS, account, 1, Duration.ofSeconds(60)).get(0);

        assertThat(header(letter, "dead-letter-exception-class-name")).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(header(letter, "dead-letter-reason")).contains("poisoned entry 1");
        assertThat(header(letter, "dead-letter-topic")).isEqualTo(EntryRecorded.TOPIC);
        assertThat(header(letter, "dead-letter-partition")).isNotBlank();
        assertThat(header(letter, "dead-letter-offset")).isNotBlank();
        assertThat(header(letter, "ce_sequence")).isEqualTo("0000000000000000001");
        assertThat(openHeld(account)).extracting(HeldEvent::reason).containsExactly(HeldEvent.Reason.DEAD_LETTER);
    }

    @Test
    void theLaterEventsOfADeadLettersAggregateWaitWhileOtherAggregatesFlow() {
        String poisoned = Ledger.newAccount();
        String healthy = Ledger.newAccount();
        ledger.recordPoisoned(poisoned, 1);
        ledger.record(poisoned, 2);
        ledger.record(healthy, 1);
        ledger.record(poisoned, 3);
        ledger.record(healthy, 2);

        await().atMost(Duration.ofSeconds(60)).until(() -> ledger.projected(healthy).size() == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> openHeld(poisoned).size() == 3);

        assertThat(ledger.projected(healthy)).containsExactly(1L, 2L);
        assertThat(ledger.projected(poisoned)).isEmpty();
        assertThat(openHeld(poisoned)).extracting(HeldEvent::reason)
                .containsExactly(HeldEvent.Reason.DEAD_LETTER, HeldEvent.Reason.HELD_BEHIND, HeldEvent.Reason.HELD_BEHIND);
        assertThat(topic.readKey(DEAD_LETTERS, poisoned, 1, Duration.ofSeconds(30))).hasSize(1);
    }

    @Test
    void aPoisonedEventInABatchIsTheOnlyDeadLetterAndTheRestOfTheBatchIsAppliedOnce() {
        String healthy = Ledger.newAccount();
        String poisoned = Ledger.newAccount();
        // One transaction of outbox rows, which the relay sends in one burst and the consumer polls in batches
        ledger.execute("""
                INSERT INTO outbox (event_id, topic, event_type, aggregate_id, aggregate_version, occurred_at, traceparent, payload)
                SELECT gen_random_uuid(), ?, 'essor.ledger.entry.recorded.v1', account, v, now(),
                       '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
                       json_build_object('account', account, 'sequence', v, 'note', 'batch', 'poison', poison)::text
                FROM (SELECT 1 AS part, ?::text AS account, v, false AS poison FROM generate_series(1, 100) AS v
                      UNION ALL SELECT 2, ?::text, 1, true
                      UNION ALL SELECT 3, ?::text, v, false FROM generate_series(101, 200) AS v
                      UNION ALL SELECT 4, ?::text, 2, false) AS rows
                ORDER BY part, v""", EntryRecorded.TOPIC, healthy, poisoned, healthy, poisoned);

        await().atMost(Duration.ofSeconds(60)).until(() -> ledger.projected(healthy).size() == 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> openHeld(poisoned).size() == 2);

        assertThat(ledger.projected(healthy)).hasSize(200).doesNotHaveDuplicates();
        assertThat(ledger.projected(poisoned)).isEmpty();
        assertThat(openHeld(poisoned)).extracting(HeldEvent::reason)
                .containsExactly(HeldEvent.Reason.DEAD_LETTER, HeldEvent.Reason.HELD_BEHIND);
        assertThat(topic.readKey(DEAD_LETTERS, poisoned, 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(topic.readKey(DEAD_LETTERS, healthy, 1, Duration.ofSeconds(3))).isEmpty();
        assertThat(registry.find("essor.inbox.batch.records").tag("consumer", LedgerProjection.CONSUMER).summary().max())
                .as("records taken in one batch").isGreaterThan(1);
    }

    @Test
    void aReplayAfterTheFixAppliesTheDeadLetterAndTheEventsHeldBehindItInOrder() {
        String account = Ledger.newAccount();
        ledger.recordPoisoned(account, 1);
        ledger.record(account, 2);
        ledger.record(account, 3);
        await().atMost(Duration.ofSeconds(60)).until(() -> openHeld(account).size() == 3);

        LedgerProjection.acceptPoison = true;
        HeldEvents.Replay replay = onVertx(() -> held.replay(LedgerProjection.CONSUMER, account));

        assertThat(replay.applied()).isEqualTo(3);
        assertThat(replay.stoppedAt()).isNull();
        assertThat(ledger.projected(account)).containsExactly(1L, 2L, 3L);
        assertThat(openHeld(account)).isEmpty();

        ledger.record(account, 4);
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.projected(account).size() == 4);
        assertThat(ledger.projected(account)).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aReplayBeforeTheFixStopsAtTheDeadLetterAndChangesNothing() {
        String account = Ledger.newAccount();
        ledger.recordPoisoned(account, 1);
        ledger.record(account, 2);
        await().atMost(Duration.ofSeconds(60)).until(() -> openHeld(account).size() == 2);

        HeldEvents.Replay replay = onVertx(() -> held.replay(LedgerProjection.CONSUMER, account));

        assertThat(replay.applied()).isZero();
        assertThat(replay.stoppedAt().reason()).isEqualTo(HeldEvent.Reason.DEAD_LETTER);
        assertThat(ledger.projected(account)).isEmpty();
        assertThat(openHeld(account)).hasSize(2);
    }

    @Test
    void discardingADeadLetterLetsTheEventsHeldBehindItFollow() {
        String account = Ledger.newAccount();
        ledger.recordPoisoned(account, 1);
        ledger.record(account, 2);
        ledger.recordPoisoned(account, 3);
        ledger.record(account, 4);
        await().atMost(Duration.ofSeconds(60)).until(() -> openHeld(account).size() == 4);

        long deadLetter = openHeld(account).get(0).id();
        HeldEvents.Replay replay = onVertx(() -> held.discard(deadLetter));

        assertThat(replay.applied()).isEqualTo(1);
        assertThat(ledger.projected(account)).containsExactly(2L);
        assertThat(openHeld(account)).extracting(HeldEvent::reason)
                .containsExactly(HeldEvent.Reason.DEAD_LETTER, HeldEvent.Reason.HELD_BEHIND);
        assertThat(openHeld(account).get(0).error()).contains("poisoned entry 3");
    }

    @Test
    void aRecordThatIsNotACloudEventGoesToTheDeadLettersWithoutRetries() {
        String key = Ledger.newAccount();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(EntryRecorded.TOPIC, key, "{not json".getBytes(StandardCharsets.UTF_8)));
        }

        ConsumerRecord<String, byte[]> letter = topic.readKey(DEAD_LETTERS, key, 1, Duration.ofSeconds(60)).get(0);

        assertThat(header(letter, "dead-letter-exception-class-name")).endsWith("MalformedEventException");
        assertThat(header(letter, "dead-letter-reason")).contains("CloudEvents");
        assertThat(openHeld(key)).hasSize(1);
    }

    @Test
    void anEventOfAnotherMajorVersionThanItsTopicIsADeadLetter() {
        String key = Ledger.newAccount();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            String payload = "{\"account\":\"" + key + "\",\"sequence\":1,\"note\":\"v2\",\"poison\":false}";
            producer.send(new ProducerRecord<>(EntryRecorded.TOPIC, null, key, payload.getBytes(StandardCharsets.UTF_8),
                    CloudEventHeaders.write(UUID.randomUUID(), EventType.of("ledger", "entry", "recorded", 2), key, 1,
                            Instant.now(), "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")));
        }

        ConsumerRecord<String, byte[]> letter = topic.readKey(DEAD_LETTERS, key, 1, Duration.ofSeconds(60)).get(0);

        assertThat(header(letter, "dead-letter-reason")).contains("another major version");
        assertThat(ledger.projected(key)).isEmpty();
    }

    private List<HeldEvent> openHeld(String account) {
        return onVertx(() -> held.open(LedgerProjection.CONSUMER, account, 100));
    }
}
