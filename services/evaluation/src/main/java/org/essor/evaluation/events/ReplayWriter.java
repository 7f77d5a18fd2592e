package org.essor.evaluation.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.essor.evaluation.app.FactRow;
import org.essor.evaluation.app.FactRowsJson;
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
 * Writes a batch of replayed records in one transaction of the SQL client: the batch's facts merged into the
 * generation being built, and the replay consumer's positions (the inbox's {@code consumer_position}) moved past the
 * batch. Each record is applied exactly once: its facts and the position past it commit together, and a replay taken
 * up again starts from the positions. A record the log holds twice (a publisher's retry) merges into the same facts,
 * since a fact keeps the newest version's state and the earliest first occurrences; so the replay needs no
 * {@code processed_event} row per event. Every statement has a fixed shape (arrays, or JSON rows), so a replay of
 * millions of events leaves no cache of statements behind it.
 * <p>
 * A record that cannot be read is skipped with a warning: the stream's own consumer made it a dead letter when it met
 * it, and an operator replays it there.
 */
@ApplicationScoped
public class ReplayWriter {

    private static final Logger LOG = Logger.getLogger(ReplayWriter.class);

    private static final String RENEW_LEASE = """
            UPDATE projection_generation SET lease_until = now() + $3 * interval '1 second', replayed = $4
            WHERE generation = $1 AND status = 'BUILDING' AND replayer = $2""";

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

    /**
     * A batch read and turned into facts, ready to be written: done off the event loop, and while the batch before it
     * is being written.
     */
    public record Batch(int generation, int size, Map<TopicPartition, Long> nextOffsets, Map<FactTable, String> factRows) {
    }

    /** Reads the records and computes their facts for the generation, and the positions past them. */
    public Batch prepare(int generation, List<ConsumerRecord<String, byte[]>> records) {
        List<FactRow> facts = new ArrayList<>();
        Map<TopicPartition, Long> nextOffsets = new TreeMap<>(
                Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
        for (ConsumerRecord<String, byte[]> record : records) {
            nextOffsets.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
            try {
                facts.addAll(SourceFacts.of(IncomingEvent.from(record, json)));
            } catch (RuntimeException unreadable) {
                LOG.warnf("Replay: %s/%d@%d skipped, it cannot be read (a dead letter of the stream's consumer): %s",
                        record.topic(), record.partition(), record.offset(), unreadable.getMessage());
            }
        }
        return new Batch(generation, records.size(), nextOffsets, FactRowsJson.of(facts, List.of(generation)));
    }

    /**
     * Applies the batch if this replica still holds the generation's lease, which it renews in the same transaction
     * (so no other replica can have taken the replay over meanwhile); answers whether it held it.
     */
    public Uni<Boolean> apply(String consumer, String replica, Duration lease, long replayed, Batch batch) {
        return Transactions.inSqlTransaction(pool, connection -> connection.preparedQuery(RENEW_LEASE)
                .execute(Tuple.of(batch.generation(), replica, lease.toSeconds(), replayed))
                .chain(renewed -> renewed.rowCount() == 0 ? Uni.createFrom().item(false)
                        : advance(connection, consumer, batch.nextOffsets())
                                .chain(() -> writeFacts(connection, batch.factRows()))
                                .replaceWith(true)));
    }

    private static Uni<Void> advance(SqlConnection connection, String consumer, Map<TopicPartition, Long> nextOffsets) {
        if (nextOffsets.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] topics = new String[nextOffsets.size()];
        Integer[] partitions = new Integer[nextOffsets.size()];
        Long[] offsets = new Long[nextOffsets.size()];
        int i = 0;
        for (var position : nextOffsets.entrySet()) {
            topics[i] = position.getKey().topic();
            partitions[i] = position.getKey().partition();
            offsets[i++] = position.getValue();
        }
        return connection.preparedQuery(ADVANCE).execute(Tuple.of(consumer, topics, partitions, offsets)).replaceWithVoid();
    }

    /** Each table's facts as one statement of JSON rows. */
    private static Uni<Void> writeFacts(SqlConnection connection, Map<FactTable, String> factRows) {
        Uni<Void> written = Uni.createFrom().voidItem();
        for (var table : factRows.entrySet()) {
            written = written.chain(() -> connection.preparedQuery(table.getKey().upsertFromJson("$1"))
                    .execute(Tuple.of(table.getValue())).replaceWithVoid());
        }
        return written;
    }
}
