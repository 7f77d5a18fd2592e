package org.essor.events.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.essor.persistence.Transactions;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * The idempotent inbox. The events of one poll are applied in one transaction with the record of their {@code ce_id}s
 * in {@code processed_event} and the consumer's new positions, so a redelivered event changes nothing and a restarted
 * consumer starts where its database says.
 * <ul>
 * <li>A transient failure (database or network away) is retried with capped backoff for as long as it lasts; the
 * consumer reports itself degraded meanwhile. Nothing is skipped.</li>
 * <li>Any other failure makes the event a dead letter (the batch is then taken again one record at a time, so that
 * the others are applied): it is kept in {@code inbox_held} and then nacked, so that the channel's
 * {@code dead-letter-queue} strategy also sends it to {@code <topic>.dlq.<service>} with the error in headers. The later events of its aggregate are held behind it, in order, until an operator replays or discards it
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

    /** How long a stopping service waits for the batches being applied. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final AtomicInteger batchesInFlight = new AtomicInteger();
    private volatile boolean stopping;

    /** What became of one record. */
    enum Outcome { APPLIED, DUPLICATE, HELD, STALE }

    /**
     * When the service stops, before its channels and its database pool close: takes no more batches, and waits (a
     * while) for those being applied. A batch cut short by the closing pool would fail, be logged as an error and
     * might be taken for a dead letter; one left alone is simply applied again at the next start, from the positions.
     */
    void stopTaking(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent stopping) {
        this.stopping = true;
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        // A short poll: this runs once, on the shutdown thread (which may block), while the batches finish on the
        // event loops; nothing else waits for it.
        while (batchesInFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (batchesInFlight.get() > 0) {
            LOG.warnf("Stopping with %d batches still being applied; they are applied again at the next start",
                    batchesInFlight.get());
        }
    }

    /**
     * A record as the inbox took it: the generation its partition had then, and how to make it a dead letter on the
     * channel (its failure strategy sends it to {@code <topic>.dlq.<service>} with the error in headers).
     */
    record Delivery(ConsumerRecord<String, byte[]> record, long generation,
                    Function<Throwable, CompletionStage<Void>> deadLetter) {
    }

    /**
     * Processes the records of one poll for the consumer (the channel's {@code group.id} is the consumer's name): all of
     * them in one transaction, which is what lets a consumer keep up with its producers and a rebuild replay a topic
     * quickly; when that transaction fails for good (one record cannot be applied), the records again one by one, each in
     * its own transaction, so that only the failing one becomes a dead letter.
     */
    public Uni<Void> process(EventConsumer consumer, KafkaRecordBatch<String, byte[]> batch) {
        if (stopping) {
            // Neither acked nor nacked: the consumer closes, and the next start reads these records again.
            return Uni.createFrom().nothing();
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (KafkaRecord<String, byte[]> message : batch.getRecords()) {
            ConsumerRecord<String, byte[]> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                    .map(metadata -> (ConsumerRecord<String, byte[]>) metadata.getRecord())
                    .orElseThrow(() -> new IllegalStateException("A Kafka record without its consumer record"));
            deliveries.add(new Delivery(record, positions.generation(consumer.name(), record.topic(), record.partition()),
                    failure -> message.nack(failure)));
        }
        batchesInFlight.incrementAndGet();
        return process(consumer, deliveries).chain(() -> Uni.createFrom().completionStage(batch.ack()))
                .onTermination().invoke(batchesInFlight::decrementAndGet);
    }

    Uni<Void> process(EventConsumer consumer, List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        registry.summary("essor.inbox.batch.records", "consumer", consumer.name()).record(deliveries.size());
        return retryingWhileTransient(consumer, () -> attempt(consumer, deliveries))
                .onFailure().recoverWithUni(failure -> {
                    LOG.debugf("%s: a batch of %d records failed (%s); one by one", consumer.name(), deliveries.size(),
                            failure.toString());
                    return Multi.createFrom().iterable(deliveries)
                            .onItem().transformToUniAndConcatenate(delivery -> processOne(consumer, delivery))
                            .collect().asList();
                })
                .invoke(outcomes -> {
                    if (outcomes.contains(Outcome.STALE)) {
                        positions.reseek(consumer.name());
                    }
                })
                .replaceWithVoid();
    }

    /** One record in its own transaction; one that cannot be applied becomes a dead letter. */
    private Uni<Outcome> processOne(EventConsumer consumer, Delivery delivery) {
        return retryingWhileTransient(consumer, () -> attempt(consumer, List.of(delivery)).map(outcomes -> outcomes.get(0)))
                .onFailure().recoverWithUni(failure -> deadLetter(consumer, delivery, failure));
    }

    /**
     * One transaction: the records' standing, then each record's event applied once, in order (or held back behind its
     * aggregate's dead letter), and the positions moved on. Records read before a rebuild (or before their partition
     * was assigned) are left alone: the new positions will bring them again.
     */
    private Uni<List<Outcome>> attempt(EventConsumer consumer, List<Delivery> deliveries) {
        Set<String> keys = new HashSet<>();
        deliveries.forEach(delivery -> keys.add(key(delivery.record())));
        return store.standing(consumer.name(), keys).flatMap(standing -> {
            List<Outcome> outcomes = new ArrayList<>();
            List<ConsumerRecord<String, byte[]>> current = new ArrayList<>();
            List<ConsumerRecord<String, byte[]>> heldBack = new ArrayList<>();
            List<IncomingEvent> events = new ArrayList<>();
            for (Delivery delivery : deliveries) {
                ConsumerRecord<String, byte[]> record = delivery.record();
                if (delivery.generation() != standing.generation()) {
                    outcomes.add(Outcome.STALE);
                    continue;
                }
                current.add(record);
                if (standing.heldBack().contains(key(record))) {
                    heldBack.add(record);
                    outcomes.add(Outcome.HELD);
                } else {
                    events.add(IncomingEvent.from(record, json));
                    outcomes.add(null); // applied or a duplicate: known once recorded
                }
            }
            if (current.isEmpty()) {
                return Uni.createFrom().item(outcomes);
            }
            return Multi.createFrom().iterable(heldBack)
                    .onItem().transformToUniAndConcatenate(record -> store.hold(consumer.name(), record,
                            HeldEvent.Reason.HELD_BEHIND, null).replaceWith(record))
                    .collect().asList()
                    .chain(() -> store.recordOnceAndAdvance(consumer.name(), events, current))
                    .chain(recorded -> applyInOrder(consumer, events, recorded))
                    .map(applied -> {
                        var appliedOutcomes = applied.iterator();
                        outcomes.replaceAll(outcome -> outcome == null ? appliedOutcomes.next() : outcome);
                        return outcomes;
                    });
        });
    }

    /** Applies, in order, the events recorded now; the others were applied before (or earlier in this batch). */
    private Uni<List<Outcome>> applyInOrder(EventConsumer consumer, List<IncomingEvent> events, Set<String> recorded) {
        Set<String> toApply = new HashSet<>(recorded);
        List<IncomingEvent> firstTime = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (IncomingEvent event : events) {
            if (toApply.remove(event.id())) {
                firstTime.add(event);
                outcomes.add(Outcome.APPLIED);
            } else {
                outcomes.add(duplicate(consumer, event));
            }
        }
        return (firstTime.isEmpty() ? Uni.createFrom().voidItem() : consumer.applyAll(firstTime)).replaceWith(outcomes);
    }

    /** Applies the event unless it was applied already (replays of held events). */
    Uni<Outcome> applyOnce(EventConsumer consumer, IncomingEvent event) {
        return store.recordOnce(consumer.name(), event).flatMap(first -> first
                ? consumer.apply(event).replaceWith(Outcome.APPLIED)
                : Uni.createFrom().item(duplicate(consumer, event)));
    }

    private Outcome duplicate(EventConsumer consumer, IncomingEvent event) {
        registry.counter("essor.inbox.duplicates", "consumer", consumer.name()).increment();
        LOG.debugf("%s: event %s already processed, skipped", consumer.name(), event.id());
        return Outcome.DUPLICATE;
    }

    private Uni<Outcome> deadLetter(EventConsumer consumer, Delivery delivery, Throwable failure) {
        ConsumerRecord<String, byte[]> record = delivery.record();
        return retryingWhileTransient(consumer, () -> store.hold(consumer.name(), record, HeldEvent.Reason.DEAD_LETTER,
                        failure.toString())
                .call(() -> store.advance(consumer.name(), record)).replaceWith(Outcome.HELD))
                .invoke(() -> {
                    registry.counter("essor.inbox.dead.letters", "consumer", consumer.name()).increment();
                    LOG.errorf("%s: %s/%d@%d (key %s) cannot be applied and is a dead letter; the aggregate's later "
                                    + "events wait until it is replayed or discarded: %s", consumer.name(), record.topic(),
                            record.partition(), record.offset(), record.key(), failure.toString());
                })
                .call(() -> Uni.createFrom().completionStage(() -> delivery.deadLetter().apply(failure)));
    }

    /** Runs the work in its own transaction, again and again while it fails transiently. */
    private <T> Uni<T> retryingWhileTransient(EventConsumer consumer, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> Transactions.inTransaction(work))
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
