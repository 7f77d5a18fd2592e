package org.essor.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.essor.events.testapp.EntryRecorded;
import org.essor.events.testapp.Ledger;
import org.essor.events.testapp.LedgerTestSupport;
import org.essor.persistence.Transactions;
import org.essor.testing.quarkus.EssorTestServers;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.mutiny.Uni;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
class OutboxWakeUpTest extends LedgerTestSupport {

    /** Far longer than the waits below: an event published within them was not found by a poll. */
    static final Duration POLL = Duration.ofMinutes(5);

    @Inject
    OutboxRelayService relays;

    @Test
    void aCommittedAppendWakesTheRelayAtOnceWhetherItsTransactionWasOpenedThroughTransactionsOrNot() throws Exception {
        String tracked = Ledger.newAccount();
        String untracked = Ledger.newAccount();
        relays.stop();
        OutboxRelay relay = OutboxRelayService.newRelay(dataSource, bootstrapServers, "wake-up-test", new RelayProcess.Settings() {
            @Override
            public Duration pollInterval() {
                return POLL;
            }
        }, new RelayMetrics(new SimpleMeterRegistry()), topic -> false);
        Thread thread = new Thread(relay, "wake-up-test-relay");
        try {
            thread.start();
            await().atMost(Duration.ofSeconds(30)).until(this::relayListens);

            ledger.record(tracked, 1);
            assertThat(topic.readKey(EntryRecorded.TOPIC, tracked, 1, Duration.ofSeconds(30))).hasSize(1);

            RestAssured.given().queryParam("sequence", 1).queryParam("untracked", true)
                    .post("/ledger/{account}/entries", untracked).then().statusCode(200);
            assertThat(topic.readKey(EntryRecorded.TOPIC, untracked, 1, Duration.ofSeconds(30))).hasSize(1);
        } finally {
            relay.close();
            ledger.execute("NOTIFY " + OutboxRelay.CHANNEL); // it waits for a notification or its long poll
            thread.join(30_000);
            relays.start();
        }
    }

    @Test
    void anActionAfterCommitRunsOnceWhenTheOutermostTransactionCommitsAndNeverAfterARollback() {
        AtomicInteger runs = new AtomicInteger();
        Runnable action = runs::incrementAndGet;

        Integer seenBeforeTheOuterCommit = onVertx(() -> Transactions.inTransaction(() -> Transactions.inTransaction(() -> {
            assertThat(Transactions.afterCommit(action)).isTrue();
            assertThat(Transactions.afterCommit(action)).isTrue();
            return Uni.createFrom().item(0);
        }).map(ignored -> runs.get())));
        assertThat(seenBeforeTheOuterCommit).isZero();
        assertThat(runs).hasValue(1);

        String outcome = onVertx(() -> Transactions.inTransaction(() -> {
            Transactions.afterCommit(action);
            return Uni.createFrom().<String>failure(new IllegalStateException("rolled back"));
        }).onFailure().recoverWithItem(Throwable::getMessage));
        assertThat(outcome).isEqualTo("rolled back");
        assertThat(runs).hasValue(1);

        assertThat(onVertx(() -> Uni.createFrom().item(Transactions.afterCommit(action)))).isFalse();
        onVertx(() -> Transactions.inTransaction(() -> Uni.createFrom().item(0)));
        assertThat(runs).hasValue(1);
    }

    /** The relay's listening connection has said LISTEN and waits. */
    private boolean relayListens() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE query = 'LISTEN "
                     + OutboxRelay.CHANNEL + "' AND state = 'idle'")) {
            result.next();
            return result.getInt(1) > 0;
        }
    }
}
