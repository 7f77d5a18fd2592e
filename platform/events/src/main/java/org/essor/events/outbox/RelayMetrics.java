package org.essor.events.outbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** What the relay reports: outbox backlog, age of the oldest unsent row, events published. */
public final class RelayMetrics {

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestUnsentSeconds = new AtomicLong();
    private final Counter published;

    public RelayMetrics(MeterRegistry registry) {
        registry.gauge("essor.outbox.backlog", backlog);
        registry.gauge("essor.outbox.oldest.unsent.age.seconds", oldestUnsentSeconds);
        published = Counter.builder("essor.outbox.published").description("Events published to Kafka").register(registry);
    }

    void backlog(long unsent, Duration oldestAge) {
        backlog.set(unsent);
        oldestUnsentSeconds.set(oldestAge.toSeconds());
    }

    void published(int count) {
        published.increment(count);
    }
}
