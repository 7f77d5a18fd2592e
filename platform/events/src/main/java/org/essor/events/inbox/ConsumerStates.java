package org.essor.events.inbox;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** How each inbox consumer is doing, for the {@code kafka} health group and the metrics. */
@ApplicationScoped
public class ConsumerStates {

    @Inject
    MeterRegistry registry;

    private final Map<String, State> states = new ConcurrentHashMap<>();

    /** A consumer's state: retrying since a time (null when flowing), the last transient failure. */
    public record State(Instant retryingSince, String lastFailure) {

        public boolean degraded() {
            return retryingSince != null;
        }
    }

    public Map<String, State> all() {
        return Map.copyOf(states);
    }

    void retrying(String consumer, Throwable failure) {
        register(consumer);
        registry.counter("essor.inbox.transient.failures", "consumer", consumer).increment();
        states.compute(consumer, (name, state) -> new State(state == null || state.retryingSince() == null
                ? Instant.now() : state.retryingSince(), failure.toString()));
    }

    void flowing(String consumer) {
        register(consumer);
        State state = states.get(consumer);
        if (state == null || state.degraded()) {
            states.put(consumer, new State(null, state == null ? null : state.lastFailure()));
        }
    }

    private void register(String consumer) {
        if (!states.containsKey(consumer)) {
            states.putIfAbsent(consumer, new State(null, null));
            Gauge.builder("essor.inbox.retrying", states, all -> all.get(consumer).degraded() ? 1 : 0)
                    .tag("consumer", consumer)
                    .description("1 while the consumer retries an event through a transient failure (database or network away)")
                    .register(registry);
        }
    }
}
