package org.essor.events.outbox;

import java.time.Duration;
import java.util.List;

import org.postgresql.ds.PGSimpleDataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * A relay in a process of its own, on the same outbox as the service under test, for tests that kill it:
 * {@code RelayProcess <jdbc-url> <user> <bootstrap-servers>}. It renews short leases and pauses after each batch,
 * so that a test can kill it with rows claimed and partly sent.
 */
public final class RelayProcess {

    static final Duration LEASE = Duration.ofSeconds(3);

    private RelayProcess() {
    }

    public static void main(String[] args) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(args[0]);
        dataSource.setUser(args[1]);
        OutboxRelay relay = OutboxRelayService.newRelay(dataSource, args[2], "relay-process-" + ProcessHandle.current().pid(),
                new Settings(), new RelayMetrics(new SimpleMeterRegistry()), topic -> false);
        relay.afterSend(RelayProcess::slowDown);
        relay.run();
    }

    private static void slowDown() {
        try {
            Thread.sleep(50); // simulates a slow relay (not a wait for a condition): sent, then marked a little later
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The relay settings of the process: small batches, a short lease. */
    static class Settings implements OutboxConfig {
        @Override public boolean relayEnabled() { return true; }
        @Override public Duration pollInterval() { return Duration.ofMillis(200); }
        @Override public int batchSize() { return 50; }
        @Override public int slots() { return 8; }
        @Override public Duration leaseDuration() { return LEASE; }
        @Override public Duration backoffInitial() { return Duration.ofMillis(200); }
        @Override public Duration backoffMax() { return Duration.ofSeconds(1); }
        @Override public int maxAttempts() { return 3; }
        @Override public Duration deliveryTimeout() { return Duration.ofSeconds(2); }
        @Override public String compression() { return "lz4"; }
        @Override public Duration retention() { return Duration.ofDays(7); }
        @Override public Duration purgeInterval() { return Duration.ofHours(1); }
        @Override public int purgeBatchSize() { return 1000; }
        @Override public Duration gaugeInterval() { return Duration.ofSeconds(1); }
        @Override public List<String> problems() { return OutboxConfig.super.problems(); }
    }
}
