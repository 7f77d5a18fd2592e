package org.essor.events.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the idempotent inbox. */
@ConfigMapping(prefix = "essor.inbox")
public interface InboxConfig {

    /** Retries of a failing effect before the message goes to the dead-letter topic. */
    @WithDefault("3")
    int retries();

    @WithDefault("200ms")
    Duration backoffInitial();

    @WithDefault("2s")
    Duration backoffMax();
}
