package org.essor.events.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the idempotent inbox. */
@ConfigMapping(prefix = "essor.inbox")
public interface InboxConfig {

    /** First pause after a transient failure (database or network away); doubles up to {@link #backoffMax()}. */
    @WithDefault("200ms")
    Duration backoffInitial();

    /** Longest pause between two tries of an event while a transient failure lasts (it is tried for as long as it lasts). */
    @WithDefault("10s")
    Duration backoffMax();

    /**
     * How long {@code processed_event} rows are kept. They only guard against a second delivery of one event (a
     * relay that sent it twice), which comes soon after the first; what was applied is known from the positions.
     */
    @WithDefault("30d")
    Duration processedRetention();
}
