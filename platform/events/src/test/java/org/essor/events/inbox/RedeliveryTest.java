package org.essor.events.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.essor.events.testapp.EntryRecorded;
import org.essor.events.testapp.Ledger;
import org.essor.events.testapp.LedgerProjection;
import org.essor.events.testapp.LedgerTestSupport;
import org.essor.testing.quarkus.EssorTestServers;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
class RedeliveryTest extends LedgerTestSupport {

    static final int RACERS = 8;

    @Inject
    Inbox inbox;

    @Inject
    LedgerProjection projection;

    @Inject
    @Identifier(ConsumerPositions.NAME)
    ConsumerPositions positions;

    @Inject
    MeterRegistry registry;

    @Test
    void anEventDeliveredAgainConcurrentlyAndWithAnotherPayloadIsAppliedOnce() throws Exception {
        String account = Ledger.newAccount();
        ledger.record(account, 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> ledger.projected(account).size() == 1);
        ConsumerRecord<String, byte[]> delivered = topic.readKey(EntryRecorded.TOPIC, account, 1, Duration.ofSeconds(30)).get(0);
        ConsumerRecord<String, byte[]> tampered = withPayload(delivered,
                "{\"account\":\"" + account + "\",\"sequence\":99,\"note\":\"other\",\"poison\":false}");
        double duplicatesBefore = duplicates();

        CyclicBarrier start = new CyclicBarrier(RACERS);
        ExecutorService racers = Executors.newFixedThreadPool(RACERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                ConsumerRecord<String, byte[]> again = i % 2 == 0 ? delivered : tampered;
                done.add(racers.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return onVertx(() -> inbox.process(projection, List.of(new Inbox.Delivery(again,
                            positions.generation(LedgerProjection.CONSUMER, again.topic(), again.partition()), failure -> CompletableFuture.failedFuture(failure)))));
                }));
            }
            for (Future<?> racer : done) {
                racer.get(30, TimeUnit.SECONDS);
            }
        } finally {
            racers.shutdownNow();
        }

        assertThat(ledger.projected(account)).containsExactly(1L);
        assertThat(duplicates() - duplicatesBefore).isGreaterThanOrEqualTo(RACERS); // a replay elsewhere may add its own
    }

    private static ConsumerRecord<String, byte[]> withPayload(ConsumerRecord<String, byte[]> record, String payload) {
        return new ConsumerRecord<>(record.topic(), record.partition(), record.offset(), record.timestamp(),
                record.timestampType(), -1, -1, record.key(), payload.getBytes(StandardCharsets.UTF_8), record.headers(),
                record.leaderEpoch());
    }

    private double duplicates() {
        var counter = registry.find("essor.inbox.duplicates").tag("consumer", LedgerProjection.CONSUMER).counter();
        return counter == null ? 0 : counter.count();
    }
}
