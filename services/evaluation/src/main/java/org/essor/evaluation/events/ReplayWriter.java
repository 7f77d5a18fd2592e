package org.essor.evaluation.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.essor.evaluation.app.FactRow;
import org.essor.evaluation.app.FactTable;
import org.essor.events.inbox.IncomingEvent;
import org.essor.persistence.Transactions;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Writes a batch of replayed records in one transaction of the SQL client: each event recorded once for the replay's
 * consumer in {@code processed_event} (the inbox's table: a batch taken again after a restart changes nothing), the
 * facts of the events recorded now written into the generation being built, and the consumer's positions moved past
 * the batch. Every statement has a fixed shape (arrays, or one row sent as a pipelined batch), so a replay of millions
 * of events leaves no cache of statements behind it.
 * <p>
 * A record that cannot be read is skipped with a warning: the stream's own consumer made it a dead letter when it met
 * it, and an operator replays it there.
 */
@ApplicationScoped
public class ReplayWriter {

    private static final Logger LOG = Logger.getLogger(ReplayWriter.class);

    private static final String RECORD_ONCE = """
            INSERT INTO processed_event (consumer, event_id, event_type, topic, kafka_partition, kafka_offset)
            SELECT $1, e.id, e.type, e.topic, e.kafka_partition, e.kafka_offset
            FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::bigint[]) AS e (id, type, topic, kafka_partition, kafka_offset)
            ON CONFLICT DO NOTHING RETURNING event_id""";

    private static final String ADVANCE = """
            INSERT INTO consumer_position (consumer, topic, kafka_partition, next_offset)
            SELECT $1, p.topic, p.kafka_partition, p.next_offset
            FROM unnest($2::text[], $3::int[], $4::bigint[]) AS p (topic, kafka_partition, next_offset)
            ON CONFLICT (consumer, topic, kafka_partition)
            DO UPDATE SET next_offset = greatest(consumer_position.next_offset, EXCLUDED.next_offset)""";

    @Inject
    Pool pool;

    @Inject
    ObjectMapper json;

    /** Applies the batch; answers how many of its events were applied now (not before). */
    public Uni<Integer> apply(String consumer, int generation, List<ConsumerRecord<String, byte[]>> records) {
        List<IncomingEvent> events = new ArrayList<>();
        Map<String, List<FactRow>> factsOf = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                IncomingEvent event = IncomingEvent.from(record, json);
                factsOf.put(event.id(), SourceFacts.of(event));
                events.add(event);
            } catch (RuntimeException unreadable) {
                LOG.warnf("Replay: %s/%d@%d skipped, it cannot be read (a dead letter of the stream's consumer): %s",
                        record.topic(), record.partition(), record.offset(), unreadable.getMessage());
            }
        }
        return Transactions.inSqlTransaction(pool, connection -> recordOnce(connection, consumer, events)
                .call(() -> advance(connection, consumer, records))
                .call(recorded -> writeFacts(connection, generation, recorded, factsOf))
                .map(Set::size));
    }

    private static Uni<Set<String>> recordOnce(SqlConnection connection, String consumer, List<IncomingEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        int size = events.size();
        String[] ids = new String[size];
        String[] types = new String[size];
        String[] topics = new String[size];
        Integer[] partitions = new Integer[size];
        Long[] offsets = new Long[size];
        for (int i = 0; i < size; i++) {
            IncomingEvent event = events.get(i);
            ids[i] = event.id();
            types[i] = event.type();
            topics[i] = event.topic();
            partitions[i] = event.partition();
            offsets[i] = event.offset();
        }
        return connection.preparedQuery(RECORD_ONCE).execute(Tuple.of(consumer, ids, types, topics, partitions, offsets))
                .map(rows -> {
                    Set<String> recorded = new HashSet<>();
                    rows.forEach(row -> recorded.add(row.getString(0)));
                    return recorded;
                });
    }

    private static Uni<Void> advance(SqlConnection connection, String consumer, List<ConsumerRecord<String, byte[]>> records) {
        Map<String, Long> next = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            next.merge(record.topic() + "\u0000" + record.partition(), record.offset() + 1, Math::max);
        }
        if (next.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] topics = new String[next.size()];
        Integer[] partitions = new Integer[next.size()];
        Long[] offsets = new Long[next.size()];
        int i = 0;
        for (var position : next.entrySet()) {
            String[] key = position.getKey().split("\u0000");
            topics[i] = key[0];
            partitions[i] = Integer.valueOf(key[1]);
            offsets[i++] = position.getValue();
        }
        return connection.preparedQuery(ADVANCE).execute(Tuple.of(consumer, topics, partitions, offsets)).replaceWithVoid();
    }

    /** The facts of the events recorded now, merged per fact, each table's as one pipelined batch of one-row upserts. */
    private static Uni<Void> writeFacts(SqlConnection connection, int generation, Set<String> recorded,
                                        Map<String, List<FactRow>> factsOf) {
        Map<FactTable, Map<Object, FactRow>> merged = new LinkedHashMap<>();
        factsOf.forEach((eventId, facts) -> {
            if (recorded.contains(eventId)) {
                facts.forEach(fact -> merged.computeIfAbsent(fact.table(), table -> new LinkedHashMap<>())
                        .merge(fact.key(), fact, FactRow::merge));
            }
        });
        Uni<Void> written = Uni.createFrom().voidItem();
        for (var table : merged.entrySet()) {
            List<Tuple> tuples = new ArrayList<>();
            for (FactRow fact : table.getValue().values()) {
                tuples.add(tuple(fact.valuesIn(generation)));
            }
            written = written.chain(() -> connection.preparedQuery(oneRowUpsert(table.getKey())).executeBatch(tuples))
                    .replaceWithVoid();
        }
        return written;
    }

    private static String oneRowUpsert(FactTable table) {
        StringBuilder row = new StringBuilder("(");
        for (int i = 1; i <= table.columns().size(); i++) {
            row.append(i == 1 ? "$" : ", $").append(i);
        }
        return table.upsert(row.append(')').toString());
    }

    /** The SQL client takes offset date-times for timestamptz, not instants. */
    private static Tuple tuple(Object[] values) {
        Tuple tuple = Tuple.tuple();
        for (Object value : values) {
            tuple.addValue(value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
        }
        return tuple;
    }
}
