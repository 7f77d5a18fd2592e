package org.essor.events.inbox;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.essor.events.envelope.CloudEventHeaders;
import org.essor.persistence.Columns;
import org.essor.persistence.ValuesRows;
import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The inbox's statements; each joins the caller's open transaction. */
@ApplicationScoped
class InboxStore {

    private static final String RECORD_ONCE = """
            INSERT INTO processed_event (consumer, event_id, event_type, topic, kafka_partition, kafka_offset)
            VALUES (:consumer, :eventId, :eventType, :topic, :partition, :offset)
            ON CONFLICT DO NOTHING""";

    private static final String ADVANCE = """
            INSERT INTO consumer_position (consumer, topic, kafka_partition, next_offset)
            VALUES (:consumer, :topic, :partition, :next)
            ON CONFLICT (consumer, topic, kafka_partition)
            DO UPDATE SET next_offset = greatest(consumer_position.next_offset, EXCLUDED.next_offset)""";

    /**
     * The consumer's generation, read with a share lock (a rebuild, which moves it on, waits for the events being
     * applied, and an event applied after it sees the new generation), and which of the given aggregates have an event
     * held back: what decides the fate of a batch of records, in one round trip. The first row carries the generation,
     * every other row one held-back key.
     */
    private static final String STANDING = """
            SELECT coalesce((SELECT generation FROM consumer_generation WHERE consumer = :consumer FOR SHARE), 0),
                   CAST(NULL AS text)
            UNION ALL
            SELECT NULL, record_key FROM inbox_held
            WHERE consumer = :consumer AND resolved_at IS NULL AND record_key IN (:keys)""";

    private static final String HOLD = """
            INSERT INTO inbox_held (consumer, record_key, event_id, topic, kafka_partition, kafka_offset, headers, payload,
                                    reason, error)
            VALUES (:consumer, :key, :eventId, :topic, :partition, :offset, :headers, :payload, :reason, :error)""";

    private static final String HELD_COLUMNS =
            "id, consumer, record_key, event_id, topic, kafka_partition, kafka_offset, reason, error, held_at";

    @Inject
    ObjectMapper json;

    /** Where a consumer stands for a batch of records: its generation and the records' aggregates held back. */
    record Standing(long generation, Set<String> heldBack) {
    }

    Uni<Standing> standing(String consumer, Collection<String> keys) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(STANDING, Object[].class)
                .setParameter("consumer", consumer)
                .setParameter("keys", keys)
                .getResultList()
                .map(rows -> {
                    long generation = 0;
                    Set<String> heldBack = new HashSet<>();
                    for (Object[] row : rows) {
                        if (row[0] != null) {
                            generation = ((Number) row[0]).longValue();
                        } else {
                            heldBack.add((String) row[1]);
                        }
                    }
                    return new Standing(generation, heldBack);
                }));
    }

    /**
     * Records the events once and moves the consumer's positions past the records, in one round trip; returns the ids of
     * the events recorded now (not before). The records may include some whose events are not recorded (held back).
     */
    Uni<Set<String>> recordOnceAndAdvance(String consumer, List<IncomingEvent> events,
                                          List<ConsumerRecord<String, byte[]>> records) {
        ValuesRows positions = positions(consumer, records);
        String advance = "INSERT INTO consumer_position (consumer, topic, kafka_partition, next_offset) VALUES "
                + positions.sql() + " ON CONFLICT (consumer, topic, kafka_partition)"
                + " DO UPDATE SET next_offset = greatest(consumer_position.next_offset, EXCLUDED.next_offset)";
        if (events.isEmpty()) {
            return Panache.getSession().flatMap(session -> bind(session.createNativeQuery(advance), positions.parameters())
                    .executeUpdate()).replaceWith(Set.of());
        }
        ValuesRows processed = ValuesRows.of("consumer", "id", "type", "topic", "partition", "offset");
        events.forEach(event -> processed.row(consumer, event.id(), event.type(), event.topic(), event.partition(),
                event.offset()));
        String sql = "WITH recorded AS (INSERT INTO processed_event (consumer, event_id, event_type, topic, kafka_partition, "
                + "kafka_offset) VALUES " + processed.sql() + " ON CONFLICT DO NOTHING RETURNING event_id), "
                + "advanced AS (" + advance + " RETURNING 1) SELECT event_id FROM recorded";
        return Panache.getSession().flatMap(session -> bind(bind(session.createNativeQuery(sql, String.class),
                processed.parameters()), positions.parameters()).getResultList()).map(HashSet::new);
    }

    /** The position of each partition of the records: past the last of them. */
    private static ValuesRows positions(String consumer, List<ConsumerRecord<String, byte[]>> records) {
        Map<String, Map<Integer, Long>> next = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            next.computeIfAbsent(record.topic(), topic -> new TreeMap<>())
                    .merge(record.partition(), record.offset() + 1, Math::max);
        }
        ValuesRows positions = ValuesRows.of("atConsumer", "atTopic", "atPartition", "next");
        next.forEach((topic, partitions) -> partitions.forEach((partition, offset) ->
                positions.row(consumer, topic, partition, offset)));
        return positions;
    }

    private static <Q extends Mutiny.AbstractQuery> Q bind(Q query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    Uni<Boolean> recordOnce(String consumer, IncomingEvent event) {
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

    Uni<Void> advance(String consumer, ConsumerRecord<String, byte[]> record) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(ADVANCE)
                .setParameter("consumer", consumer)
                .setParameter("topic", record.topic())
                .setParameter("partition", record.partition())
                .setParameter("next", record.offset() + 1)
                .executeUpdate()
                .replaceWithVoid());
    }

    Uni<Void> hold(String consumer, ConsumerRecord<String, byte[]> record, HeldEvent.Reason reason, String error) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(HOLD)
                .setParameter("consumer", consumer)
                .setParameter("key", Inbox.key(record))
                .setParameter("eventId", CloudEventHeaders.text(record.headers(), CloudEventHeaders.ID))
                .setParameter("topic", record.topic())
                .setParameter("partition", record.partition())
                .setParameter("offset", record.offset())
                .setParameter("headers", writeHeaders(record))
                .setParameter("payload", record.value())
                .setParameter("reason", reason.name())
                .setParameter("error", error)
                .executeUpdate()
                .replaceWithVoid());
    }

    /** The open held events of a consumer (of one aggregate, when a key is given), oldest first. */
    Uni<List<HeldEvent>> open(String consumer, String key, int limit) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("SELECT " + HELD_COLUMNS + """
                         FROM inbox_held WHERE resolved_at IS NULL AND (:consumer = '' OR consumer = :consumer)
                        AND (:key = '' OR record_key = :key) ORDER BY id LIMIT :limit""", Object[].class)
                .setParameter("consumer", consumer == null ? "" : consumer)
                .setParameter("key", key == null ? "" : key)
                .setParameter("limit", limit)
                .getResultList()
                .map(rows -> rows.stream().map(InboxStore::heldEvent).toList()));
    }

    Uni<HeldEvent> find(long id) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("SELECT " + HELD_COLUMNS
                        + " FROM inbox_held WHERE id = :id AND resolved_at IS NULL", Object[].class)
                .setParameter("id", id)
                .getResultList()
                .map(rows -> rows.isEmpty() ? null : heldEvent(rows.get(0))));
    }

    /** The held event as the record it came in. */
    Uni<ConsumerRecord<String, byte[]>> record(long id) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT topic, kafka_partition, kafka_offset, record_key, headers, payload FROM inbox_held WHERE id = :id""",
                        Object[].class)
                .setParameter("id", id)
                .getSingleResult()
                .map(row -> {
                    RecordHeaders headers = new RecordHeaders();
                    readHeaders((String) row[4]).forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
                    return new ConsumerRecord<>((String) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).longValue(),
                            ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE, -1, -1, (String) row[3],
                            (byte[]) row[5], headers, Optional.empty());
                }));
    }

    Uni<Void> resolve(long id, String resolution) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        UPDATE inbox_held SET resolved_at = now(), resolution = :resolution WHERE id = :id AND resolved_at IS NULL""")
                .setParameter("id", id)
                .setParameter("resolution", resolution)
                .executeUpdate()
                .replaceWithVoid());
    }

    /** A held event that failed again on replay becomes the aggregate's dead letter. */
    Uni<Void> failedAgain(long id, String error) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        UPDATE inbox_held SET reason = 'DEAD_LETTER', error = :error WHERE id = :id""")
                .setParameter("id", id)
                .setParameter("error", error)
                .executeUpdate()
                .replaceWithVoid());
    }

    /** Starts the consumer again from offset zero: a new generation, no positions, no processed events, nothing held. */
    Uni<Void> restartFromZero(String consumer) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        INSERT INTO consumer_generation (consumer, generation, rebuilt_at) VALUES (:consumer, 1, now())
                        ON CONFLICT (consumer) DO UPDATE SET generation = consumer_generation.generation + 1, rebuilt_at = now()""")
                .setParameter("consumer", consumer).executeUpdate()
                .chain(() -> session.createNativeQuery("DELETE FROM consumer_position WHERE consumer = :consumer")
                        .setParameter("consumer", consumer).executeUpdate())
                .chain(() -> session.createNativeQuery("DELETE FROM processed_event WHERE consumer = :consumer")
                        .setParameter("consumer", consumer).executeUpdate())
                .chain(() -> session.createNativeQuery("""
                                UPDATE inbox_held SET resolved_at = now(), resolution = 'REBUILT'
                                WHERE consumer = :consumer AND resolved_at IS NULL""")
                        .setParameter("consumer", consumer).executeUpdate())
                .replaceWithVoid());
    }

    /** Forgets processed events older than the retention; returns how many. */
    Uni<Integer> purgeProcessed(java.time.Duration retention, int batch) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        DELETE FROM processed_event WHERE ctid IN (
                            SELECT ctid FROM processed_event WHERE processed_at < now() - :seconds * interval '1 second'
                            LIMIT :batch)""")
                .setParameter("seconds", retention.toSeconds())
                .setParameter("batch", batch)
                .executeUpdate());
    }

    private String writeHeaders(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
        }
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> readHeaders(String text) {
        try {
            return json.readValue(text, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HeldEvent heldEvent(Object[] row) {
        return new HeldEvent(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], ((Number) row[5]).intValue(), ((Number) row[6]).longValue(),
                HeldEvent.Reason.valueOf((String) row[7]), (String) row[8], Columns.instant(row[9]));
    }
}
