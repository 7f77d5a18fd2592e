package org.essor.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.essor.events.testapp.EntryRecorded;
import org.essor.events.testapp.Ledger;
import org.essor.events.testapp.LedgerTestSupport;
import org.essor.testing.quarkus.EssorTestServers;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
class OutboxFaultsTest extends LedgerTestSupport {

    @Inject
    OutboxRelayService relays;

    @Inject
    MeterRegistry registry;

    @Test
    void aRowTheBrokerCannotTakeIsParkedHoldingBackOnlyItsAggregateAndIsSentInOrderOnceReleased() throws Exception {
        String poisoned = Ledger.newAccount();
        String missingTopic = "ledger.missing-" + System.nanoTime() + ".v1";
        ledger.appendRaw(missingTopic, poisoned, 1, 1);
        ledger.record(poisoned, 2);
        String healthy = Ledger.newAccount();
        for (long sequence = 1; sequence <= 3; sequence++) {
            ledger.record(healthy, sequence);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.projected(healthy).size() == 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> parkedOf(poisoned) == 1);
        assertThat(ledger.projected(healthy)).containsExactly(1L, 2L, 3L);
        assertThat(ledger.unsent(poisoned)).isEqualTo(2);
        assertThat(ledger.count("SELECT max(attempts) FROM outbox WHERE aggregate_id = ?", poisoned)).isEqualTo(3);
        assertThat(relays.parked(100)).anySatisfy(parked -> {
            assertThat(parked.aggregateId()).isEqualTo(poisoned);
            assertThat(parked.lastError()).contains(missingTopic);
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(gauge("essor.outbox.parked")).isGreaterThanOrEqualTo(1);
            assertThat(gauge("essor.outbox.backlog")).isGreaterThanOrEqualTo(2);
            assertThat(gauge("essor.outbox.oldest.unsent.age.seconds")).isGreaterThan(0);
        });

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(missingTopic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        assertThat(relays.release(List.of())).isGreaterThanOrEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.unsent(poisoned) == 0);
        assertThat(topic.readKey(missingTopic, poisoned, 1, Duration.ofSeconds(30))).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.projected(poisoned).size() == 1);
        assertThat(ledger.count("""
                SELECT count(*) FROM outbox a JOIN outbox b ON a.aggregate_id = b.aggregate_id
                WHERE a.aggregate_id = ? AND a.aggregate_version = 1 AND b.aggregate_version = 2 AND a.sent_at <= b.sent_at""",
                poisoned)).isEqualTo(1);
    }

    @Test
    void thePurgeDeletesOldSentRowsInBatchesAndKeepsUnsentAndRecentOnes() throws Exception {
        String old = Ledger.newAccount();
        String unsent = Ledger.newAccount();
        String recent = Ledger.newAccount();
        relays.stop();
        try {
            ledger.appendRaw(EntryRecorded.TOPIC, old, 1, 2_500);
            ledger.execute("UPDATE outbox SET sent_at = now() - interval '30 days' WHERE aggregate_id = ?", old);
            ledger.appendRaw(EntryRecorded.TOPIC, recent, 1, 3);
            ledger.execute("UPDATE outbox SET sent_at = now() - interval '1 hour' WHERE aggregate_id = ?", recent);
            ledger.appendRaw(EntryRecorded.TOPIC, unsent, 1, 3);
            ledger.execute("UPDATE outbox SET created_at = now() - interval '30 days' WHERE aggregate_id = ?", unsent);

            OutboxRelay purger = relays.newRelay();
            assertThat(purger.purge()).isGreaterThanOrEqualTo(2_500);
            purger.close();
        } finally {
            relays.start();
        }

        assertThat(ledger.outboxRows(old)).isZero();
        assertThat(ledger.outboxRows(recent)).isEqualTo(3);
        assertThat(ledger.outboxRows(unsent)).isEqualTo(3);
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.unsent(unsent) == 0);
    }

    @Test
    void theOutboxQueriesOfTheRelayAreServedByIndexes() {
        ledger.execute("ANALYZE outbox");
        String plan = ledger.plan("""
                SELECT id FROM outbox o WHERE o.sent_at IS NULL AND o.bucket = ANY ('{1,9,17}'::smallint[])
                  AND NOT EXISTS (SELECT 1 FROM outbox h WHERE h.sent_at IS NULL AND h.next_attempt_at IS NOT NULL
                                  AND h.aggregate_id = o.aggregate_id AND h.id <= o.id
                                  AND (h.parked_at IS NOT NULL OR h.next_attempt_at > now()))
                ORDER BY o.id LIMIT 500""");
        assertThat(plan).contains("outbox_unsent").doesNotContain("Seq Scan on outbox o");
        assertThat(ledger.plan("SELECT created_at FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT 1"))
                .contains("outbox_unsent_in_order");
    }

    private long parkedOf(String account) {
        return ledger.count("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND parked_at IS NOT NULL", account);
    }

    private double gauge(String name) {
        return registry.find(name).gauge().value();
    }

}
