package org.essor.events.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jakarta.inject.Inject;

import org.essor.events.testapp.Ledger;
import org.essor.events.testapp.LedgerProjection;
import org.essor.events.testapp.LedgerTestSupport;
import org.essor.testing.quarkus.EssorTestServers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
class RebuildTest extends LedgerTestSupport {

    @Inject
    ConsumerRebuilds rebuilds;

    @Test
    void aRebuildEmptiesTheProjectionAndAppliesEveryEventAgainFromOffsetZeroOnce() {
        String first = Ledger.newAccount();
        String second = Ledger.newAccount();
        for (long sequence = 1; sequence <= 5; sequence++) {
            ledger.record(first, sequence);
            ledger.record(second, sequence);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> ledger.projected(first).size() == 5 && ledger.projected(second).size() == 5);
        long lastRowBefore = Math.max(lastRow(first), lastRow(second));

        onVertx(() -> rebuilds.rebuild(LedgerProjection.CONSUMER));

        await().atMost(Duration.ofSeconds(60)).until(() -> firstRow(first) > lastRowBefore && firstRow(second) > lastRowBefore
                && ledger.projected(first).size() == 5 && ledger.projected(second).size() == 5);
        assertThat(ledger.projected(first)).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(ledger.projected(second)).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(ledger.count("SELECT count(DISTINCT event_id) FROM ledger_projection WHERE account = ?", first)).isEqualTo(5);

        ledger.record(first, 6);
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.projected(first).size() == 6);
        assertThat(ledger.projected(first)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    private long firstRow(String account) {
        return ledger.count("SELECT coalesce(min(id), 0) FROM ledger_projection WHERE account = ?", account);
    }

    private long lastRow(String account) {
        return ledger.count("SELECT coalesce(max(id), 0) FROM ledger_projection WHERE account = ?", account);
    }
}
