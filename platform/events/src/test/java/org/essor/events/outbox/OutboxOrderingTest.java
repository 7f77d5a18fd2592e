package org.essor.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.essor.testing.kafka.TopicReader.header;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.essor.events.testapp.EntryRecorded;
import org.essor.events.testapp.Ledger;
import org.essor.events.testapp.LedgerTestSupport;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.SharedKafkaBroker;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
class OutboxOrderingTest extends LedgerTestSupport {

    @Inject
    OutboxRelayService relays;

    @Test
    void twoRelaysOnOneOutboxNeverReorderAnAggregatesEvents() throws Exception {
        List<String> accounts = IntStream.range(0, 6).mapToObj(i -> Ledger.newAccount()).toList();
        int perAccount = 40;
        try (OutboxRelay second = relays.newRelay()) {
            Thread competitor = new Thread(second, "second-relay");
            competitor.start();
            for (int sequence = 1; sequence <= perAccount; sequence++) {
                for (String account : accounts) {
                    ledger.record(account, sequence);
                }
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> accounts.stream().allMatch(a -> ledger.unsent(a) == 0));
            second.close();
            competitor.join(10_000);
        }

        Map<String, List<Long>> sequences = publishedSequences(accounts, perAccount);
        for (String account : accounts) {
            assertThat(sequences.get(account)).as(account)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, perAccount).mapToObj(i -> (long) i).toList());
        }
    }

    @Test
    void withTheBrokerDownForAMinuteTheApiStaysReadyAndEveryEventIsDeliveredInOrderWhenItReturns() {
        String account = Ledger.newAccount();
        ledger.record(account, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.unsent(account) == 0);

        AtomicLong sequence = new AtomicLong(1);
        SharedKafkaBroker.get().stop();
        try {
            // For a minute, a write every two seconds: each one answers, and readiness (the database only) stays UP.
            await().pollInterval(Duration.ofSeconds(2)).during(Duration.ofSeconds(60)).atMost(Duration.ofSeconds(75))
                    .until(() -> {
                        ledger.record(account, sequence.incrementAndGet());
                        return RestAssured.given().get("/q/health/ready").statusCode() == 200;
                    });
            assertThat(ledger.unsent(account)).isEqualTo(sequence.get() - 1);
            RestAssured.given().get("/q/health/group/kafka").then().statusCode(503);
        } finally {
            SharedKafkaBroker.get().start();
        }

        int written = (int) sequence.get();
        List<Long> expected = LongStream.rangeClosed(1, written).boxed().toList();
        await().atMost(Duration.ofSeconds(90)).until(() -> ledger.unsent(account) == 0);
        assertThat(publishedSequences(List.of(account), written).get(account)).containsExactlyElementsOf(expected);
        await().atMost(Duration.ofSeconds(60)).until(() -> ledger.projected(account).size() == written);
        assertThat(ledger.projected(account)).containsExactlyElementsOf(expected);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                RestAssured.given().get("/q/health/group/kafka").then().statusCode(200));
    }

    private Map<String, List<Long>> publishedSequences(List<String> accounts, int perAccount) {
        List<ConsumerRecord<String, byte[]>> records = topic.read(EntryRecorded.TOPIC,
                record -> accounts.contains(record.key()),
                read -> read.size() >= accounts.size() * perAccount, Duration.ofSeconds(60));
        Map<String, List<Long>> sequences = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            sequences.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(Long.parseLong(header(record, "ce_sequence")));
        }
        return sequences;
    }
}
