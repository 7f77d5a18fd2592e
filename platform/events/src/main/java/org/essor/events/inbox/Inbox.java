package org.essor.events.inbox;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.essor.events.envelope.MalformedEventException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The idempotent inbox: applies a consumer's effect and records the event's {@code ce_id} in
 * {@code processed_event} in one transaction, so a redelivered event changes nothing. A failing effect is retried
 * a bounded number of times; then the failure is returned so that the channel's {@code dead-letter-queue}
 * failure strategy moves the message to {@code <topic>.dlq.<service>} and the consumer goes on.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private static final String RECORD_ONCE = """
            INSERT INTO processed_event (consumer, event_id, event_type, topic, kafka_partition, kafka_offset)
            VALUES (:consumer, :eventId, :eventType, :topic, :partition, :offset)
            ON CONFLICT DO NOTHING""";

    @Inject
    ObjectMapper json;

    @Inject
    InboxConfig config;

    @Inject
    MeterRegistry registry;

    /**
     * Processes one record for {@code consumer} (its group, {@code <service>.<purpose>}).
     * The effect runs inside the inbox transaction and must not open another one.
     */
    public Uni<Void> process(String consumer, ConsumerRecord<String, byte[]> record,
                             Function<IncomingEvent, Uni<?>> effect) {
        return Uni.createFrom().item(() -> IncomingEvent.from(record, json))
                .flatMap(event -> Panache.withTransaction(() -> recordOnce(consumer, event)
                        .flatMap(first -> first ? effect.apply(event).replaceWithVoid() : skipDuplicate(consumer, event))))
                .onFailure(failure -> !(failure instanceof MalformedEventException)).retry()
                .withBackOff(config.backoffInitial(), config.backoffMax()).atMost(config.retries())
                .onFailure().invoke(failure -> deadLettered(consumer, record, failure));
    }

    private Uni<Boolean> recordOnce(String consumer, IncomingEvent event) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(RECORD_ONCE)
                .setParameter("consumer", consumer)
                .setParameter("eventId", event.id())
                .setParameter("eventType", event.type())
                .setParameter("topic", event.topic())
                .setParameter("partition", event.partition())
                .setParameter("offset", event.offset())
                .executeUpdate()
                .map(inserted -> inserted == 1));
    }

    private Uni<Void> skipDuplicate(String consumer, IncomingEvent event) {
        registry.counter("essor.inbox.duplicates", "consumer", consumer).increment();
        LOG.debugf("%s: event %s already processed, skipped", consumer, event.id());
        return Uni.createFrom().voidItem();
    }

    private void deadLettered(String consumer, ConsumerRecord<String, byte[]> record, Throwable failure) {
        registry.counter("essor.inbox.dead.letters", "consumer", consumer).increment();
        LOG.errorf("%s: giving up on %s/%d@%d, sent to the dead letters: %s", consumer, record.topic(),
                record.partition(), record.offset(), failure.toString());
    }
}
