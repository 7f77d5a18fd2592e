package org.essor.events.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the outbox relay. */
@ConfigMapping(prefix = "essor.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay (every replica may: they share the work without reordering). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How long the relay waits for a commit notification before looking at the outbox anyway. */
    @WithDefault("2s")
    Duration pollInterval();

    /** Rows sent per relay transaction. */
    @WithDefault("200")
    int batchSize();

    /**
     * Aggregates are spread over this many slots; one relay at a time owns a slot (a PostgreSQL advisory lock),
     * so replicas share the work while one aggregate's events stay in order. Every replica must use the same number.
     */
    @WithDefault("8")
    int slots();

    /** First pause after a failed send; doubles up to {@link #backoffMax()}. */
    @WithDefault("500ms")
    Duration backoffInitial();

    @WithDefault("30s")
    Duration backoffMax();

    /** How long a send may take, retries included, before the relay gives up on it and backs off. */
    @WithDefault("30s")
    Duration deliveryTimeout();

    /** How long sent rows are kept before they are purged. */
    @WithDefault("7d")
    Duration retention();

    /** How often sent rows older than the retention are purged. */
    @WithDefault("1h")
    Duration purgeInterval();
}
