package org.essor.events.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the relay reports: outbox backlog, age of the oldest unsent row, parked rows, events published and refused.
 * The gauges read NaN while the outbox cannot be read, rather than the last figures seen.
 */
public final class RelayMetrics {

    private volatile double backlog = Double.NaN;
    private volatile double oldestUnsentSeconds = Double.NaN;
    private volatile double parked = Double.NaN;
    private final Counter published;
    private final Counter refused;

    public RelayMetrics(MeterRegistry registry) {
        Gauge.builder("essor.outbox.backlog", this, metrics -> metrics.backlog)
                .description("Events in the outbox not yet published").register(registry);
        Gauge.builder("essor.outbox.oldest.unsent.age.seconds", this, metrics -> metrics.oldestUnsentSeconds)
                .description("Age of the oldest event not yet published").register(registry);
        Gauge.builder("essor.outbox.parked", this, metrics -> metrics.parked)
                .description("Events the relay stopped trying to publish until an operator releases them").register(registry);
        published = Counter.builder("essor.outbox.published").description("Events published to Kafka").register(registry);
        refused = Counter.builder("essor.outbox.refused").description("Sends the broker refused (the row waits or is parked)")
                .register(registry);
    }

    void backlog(OutboxStore.Backlog reading) {
        backlog = reading.unsent();
        oldestUnsentSeconds = reading.oldestUnsentAge().toMillis() / 1000.0;
        parked = reading.parked();
    }

    void backlogUnknown() {
        backlog = Double.NaN;
        oldestUnsentSeconds = Double.NaN;
        parked = Double.NaN;
    }

    void published(int count) {
        published.increment(count);
    }

    void refused() {
        refused.increment();
    }
}
