package org.essor.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.essor.testing.kafka.TopicReader.header;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
    void withTheBrokerDownEventsWaitAndAreDeliveredInOrderWhenItReturns() {
        String account = Ledger.newAccount();
        ledger.record(account, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.unsent(account) == 0);

        SharedKafkaBroker.get().stop();
        try {
            for (long sequence = 2; sequence <= 6; sequence++) {
                ledger.record(account, sequence);
            }
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> ledger.unsent(account) == 5);
            RestAssured.given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'Kafka broker' }.status", equalTo("DOWN"));
        } finally {
            SharedKafkaBroker.get().start();
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> ledger.unsent(account) == 0);
        assertThat(publishedSequences(List.of(account), 6).get(account)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        await().atMost(Duration.ofSeconds(60)).until(() -> ledger.projected(account).size() == 6);
        assertThat(ledger.projected(account)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
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
