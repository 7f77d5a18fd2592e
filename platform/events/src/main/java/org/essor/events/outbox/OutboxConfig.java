package org.essor.events.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the outbox relay; {@link #problems()} lists the contradictions that stop a service at start. */
@ConfigMapping(prefix = "essor.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay (every replica may: leases keep one aggregate's events in order). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How long the relay waits for a commit notification before looking at the outbox anyway. */
    @WithDefault("2s")
    Duration pollInterval();

    /** Rows read per round. */
    @WithDefault("500")
    int batchSize();

    /**
     * Aggregates are spread over this many slots, each leased by one relay at a time, so that replicas never send
     * one aggregate's events side by side. Every replica must use the same number (1 to 256).
     */
    @WithDefault("8")
    int slots();

    /** How long a relay's lease on its slots lasts unless renewed: how soon another replica takes over a dead one. */
    @WithDefault("10s")
    Duration leaseDuration();

    /** First pause after a failed round or a row's failed send; doubles up to {@link #backoffMax()}. */
    @WithDefault("500ms")
    Duration backoffInitial();

    @WithDefault("30s")
    Duration backoffMax();

    /** Failed sends of one row (the broker refusing it, its topic missing) before it is parked for an operator. */
    @WithDefault("10")
    int maxAttempts();

    /** How long a send may take, retries included; shorter than the lease, so a round ends while it is held. */
    @WithDefault("5s")
    Duration deliveryTimeout();

    /** Producer compression of the relayed batches (none, gzip, snappy, lz4, zstd). */
    @WithDefault("lz4")
    String compression();

    /** How long sent rows are kept before they are purged. */
    @WithDefault("7d")
    Duration retention();

    /** How often sent rows older than the retention are purged (by one replica). */
    @WithDefault("1h")
    Duration purgeInterval();

    /** Rows deleted per purge statement, so a purge never holds many locks at once. */
    @WithDefault("1000")
    int purgeBatchSize();

    /** How often the backlog gauges are read. */
    @WithDefault("5s")
    Duration gaugeInterval();

    /** The contradictions in these settings, each in a sentence; empty when the relay can run. */
    default List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (slots() < 1 || slots() > OutboxStore.BUCKETS) {
            problems.add("essor.outbox.slots must be between 1 and " + OutboxStore.BUCKETS + ", not " + slots());
        }
        if (batchSize() < 1) {
            problems.add("essor.outbox.batch-size must be at least 1, not " + batchSize());
        }
        if (purgeBatchSize() < 1) {
            problems.add("essor.outbox.purge-batch-size must be at least 1, not " + purgeBatchSize());
        }
        if (maxAttempts() < 1) {
            problems.add("essor.outbox.max-attempts must be at least 1, not " + maxAttempts());
        }
        requirePositive(problems, "poll-interval", pollInterval());
        requirePositive(problems, "lease-duration", leaseDuration());
        requirePositive(problems, "backoff-initial", backoffInitial());
        requirePositive(problems, "backoff-max", backoffMax());
        requirePositive(problems, "delivery-timeout", deliveryTimeout());
        requirePositive(problems, "retention", retention());
        requirePositive(problems, "purge-interval", purgeInterval());
        requirePositive(problems, "gauge-interval", gaugeInterval());
        if (backoffMax().compareTo(backoffInitial()) < 0) {
            problems.add("essor.outbox.backoff-max (" + backoffMax() + ") is shorter than backoff-initial (" + backoffInitial() + ")");
        }
        if (deliveryTimeout().compareTo(leaseDuration()) >= 0) {
            problems.add("essor.outbox.delivery-timeout (" + deliveryTimeout() + ") must be shorter than lease-duration ("
                    + leaseDuration() + "), or a slow send outlives the relay's lease");
        }
        if (!List.of("none", "gzip", "snappy", "lz4", "zstd").contains(compression())) {
            problems.add("essor.outbox.compression must be none, gzip, snappy, lz4 or zstd, not " + compression());
        }
        return problems;
    }

    private static void requirePositive(List<String> problems, String name, Duration value) {
        if (value.isZero() || value.isNegative()) {
            problems.add("essor.outbox." + name + " must be longer than zero, not " + value);
        }
    }
}
