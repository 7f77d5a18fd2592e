package org.essor.events.inbox;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;

/**
 * The idempotent inbox. Each event is applied in one transaction with the record of its {@code ce_id} in
 * {@code processed_event} and the consumer's new position, so a redelivered event changes nothing and a restarted
 * consumer starts where its database says.
 * <ul>
 * <li>A transient failure (database or network away) is retried with capped backoff for as long as it lasts; the
 * consumer reports itself degraded meanwhile. Nothing is skipped.</li>
 * <li>Any other failure makes the event a dead letter: it is kept in {@code inbox_held} and then failed, so that the
 * channel's {@code dead-letter-queue} strategy also sends it to {@code <topic>.dlq.<service>} with the error in
 * headers. The later events of its aggregate are held behind it, in order, until an operator replays or discards it
 * ({@link HeldEvents}).</li>
 * </ul>
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    @Inject
    ObjectMapper json;

    @Inject
    InboxConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    @Identifier(ConsumerPositions.NAME)
    ConsumerPositions positions;

    @Inject
    ConsumerStates states;

    @Inject
    InboxStore store;

    /** What became of one record. */
    enum Outcome { APPLIED, DUPLICATE, HELD, STALE }

    /** Processes one record for the consumer; the channel's {@code group.id} is the consumer's name. */
    public Uni<Void> process(EventConsumer consumer, ConsumerRecord<String, byte[]> record) {
        long generation = positions.generation(consumer.name(), record.topic(), record.partition());
        return retryingWhileTransient(consumer, () -> attempt(consumer, record, generation))
                .onFailure().recoverWithUni(failure -> deadLetter(consumer, record, failure))
                .invoke(outcome -> {
                    if (outcome == Outcome.STALE) {
                        positions.reseek(consumer.name());
                    }
                })
                .replaceWithVoid();
    }

    /** One transaction: the record's standing, then its event applied once (or held back), and the position moved on. */
    private Uni<Outcome> attempt(EventConsumer consumer, ConsumerRecord<String, byte[]> record, long generation) {
        return store.standing(consumer.name(), key(record)).flatMap(standing -> {
            if (standing.generation() != generation) {
                // Read before a rebuild (or before this partition was assigned): the new positions will bring it again.
                return Uni.createFrom().item(Outcome.STALE);
            }
            if (standing.heldBack()) {
                return store.hold(consumer.name(), record, HeldEvent.Reason.HELD_BEHIND, null)
                        .call(() -> store.advance(consumer.name(), record)).replaceWith(Outcome.HELD);
            }
            IncomingEvent event = IncomingEvent.from(record, json);
            return store.recordOnceAndAdvance(consumer.name(), event, record)
                    .flatMap(first -> first ? consumer.apply(event).replaceWith(Outcome.APPLIED) : duplicate(consumer, event));
        });
    }

    /** Applies the event unless it was applied already (replays of held events). */
    Uni<Outcome> applyOnce(EventConsumer consumer, IncomingEvent event) {
        return store.recordOnce(consumer.name(), event)
                .flatMap(first -> first ? consumer.apply(event).replaceWith(Outcome.APPLIED) : duplicate(consumer, event));
    }

    private Uni<Outcome> duplicate(EventConsumer consumer, IncomingEvent event) {
        registry.counter("essor.inbox.duplicates", "consumer", consumer.name()).increment();
        LOG.debugf("%s: event %s already processed, skipped", consumer.name(), event.id());
        return Uni.createFrom().item(Outcome.DUPLICATE);
    }

    private Uni<Outcome> deadLetter(EventConsumer consumer, ConsumerRecord<String, byte[]> record, Throwable failure) {
        return retryingWhileTransient(consumer, () -> store.hold(consumer.name(), record, HeldEvent.Reason.DEAD_LETTER,
                        failure.toString())
                .call(() -> store.advance(consumer.name(), record)).replaceWith(Outcome.HELD))
                .invoke(() -> {
                    registry.counter("essor.inbox.dead.letters", "consumer", consumer.name()).increment();
                    LOG.errorf("%s: %s/%d@%d (key %s) cannot be applied and is a dead letter; the aggregate's later "
                                    + "events wait until it is replayed or discarded: %s", consumer.name(), record.topic(),
                            record.partition(), record.offset(), record.key(), failure.toString());
                })
                .flatMap(held -> Uni.createFrom().failure(failure)); // the channel's strategy sends it to the DLQ topic
    }

    /** Runs the work in its own transaction, again and again while it fails transiently. */
    private <T> Uni<T> retryingWhileTransient(EventConsumer consumer, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> Panache.withTransaction(work))
                .onFailure(Failures::isTransient).invoke(failure -> {
                    if (!states.all().getOrDefault(consumer.name(), new ConsumerStates.State(null, null)).degraded()) {
                        LOG.warnf("%s: transient failure, retrying until it passes: %s", consumer.name(), failure.toString());
                    }
                    states.retrying(consumer.name(), failure);
                })
                .onFailure(Failures::isTransient).retry().withBackOff(config.backoffInitial(), config.backoffMax()).indefinitely()
                .invoke(() -> states.flowing(consumer.name()));
    }

    static String key(ConsumerRecord<String, byte[]> record) {
        return record.key() == null ? "" : record.key();
    }

    /** The consumers this inbox serves, by name. */
    static EventConsumer find(List<EventConsumer> consumers, String name) {
        return consumers.stream().filter(consumer -> consumer.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No inbox consumer " + name));
    }
}
