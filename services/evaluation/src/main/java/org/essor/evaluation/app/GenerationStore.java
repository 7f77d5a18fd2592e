package org.essor.evaluation.app;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.TopicPartition;
import org.essor.kernel.StateConflictException;
import org.essor.persistence.Columns;
import org.essor.persistence.Transactions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The generations' rows: a replay's start, its lease and progress, the switch, and the old generation's removal. */
@ApplicationScoped
public class GenerationStore {

    /** A generation as operators see it. */
    public record Generation(int number, String status, String requestedBy, Instant startedAt, long replayed,
                             Instant switchedAt, Instant retiredAt) {
    }

    private static final String COLUMNS = "generation, status, requested_by, started_at, replayed, switched_at, retired_at";

    @Inject
    ObjectMapper json;

    /** A new generation to build, leased to this replica; refused while another one is being built. */
    public Uni<Generation> create(String requestedBy, String replica, Duration lease) {
        return Transactions.inTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT generation FROM projection_generation WHERE status = 'BUILDING' FOR UPDATE""", Integer.class)
                .getResultList()
                .chain(building -> {
                    if (!building.isEmpty()) {
                        throw new StateConflictException("Generation " + building.get(0)
                                + " is being built; one replay at a time", Map.of("building", building.get(0)));
                    }
                    return session.createNativeQuery("""
                                    INSERT INTO projection_generation (generation, status, requested_by, replayer, lease_until)
                                    SELECT max(generation) + 1, 'BUILDING', :requestedBy, :replica,
                                           now() + :lease * interval '1 second'
                                    FROM projection_generation RETURNING """ + " " + COLUMNS, Object[].class)
                            .setParameter("requestedBy", requestedBy)
                            .setParameter("replica", replica)
                            .setParameter("lease", lease.toSeconds())
                            .getSingleResult().map(GenerationStore::generation);
                })));
    }

    /** The generation being built whose lease has run out, now leased to this replica; null when there is none. */
    public Uni<Integer> takeOver(String replica, Duration lease) {
        return Transactions.inTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        UPDATE projection_generation SET replayer = :replica, lease_until = now() + :lease * interval '1 second'
                        WHERE status = 'BUILDING' AND (lease_until IS NULL OR lease_until < now()) RETURNING generation""",
                        Integer.class)
                .setParameter("replica", replica)
                .setParameter("lease", lease.toSeconds())
                .getResultList()
                .map(taken -> taken.isEmpty() ? null : taken.get(0))));
    }

    /**
     * The offsets up to which the replay reads: those recorded for the generation, else the streams' ends now (read
     * after the generation exists, so that its consumers already write into it), recorded.
     */
    public Uni<Map<TopicPartition, Long>> replayEnds(int generation, Supplier<Map<TopicPartition, Long>> endsNow) {
        return Transactions.inTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "SELECT CAST(replay_ends AS text) FROM projection_generation WHERE generation = :generation", String.class)
                .setParameter("generation", generation)
                .getSingleResult()
                .chain(recorded -> {
                    if (recorded != null) {
                        return Uni.createFrom().item(ends(recorded));
                    }
                    Map<TopicPartition, Long> ends = endsNow.get();
                    Map<String, Long> written = new HashMap<>();
                    ends.forEach((partition, offset) -> written.put(partition.topic() + "/" + partition.partition(), offset));
                    return session.createNativeQuery(
                                    "UPDATE projection_generation SET replay_ends = CAST(CAST(:ends AS text) AS jsonb) WHERE generation = :generation")
                            .setParameter("ends", write(written))
                            .setParameter("generation", generation)
                            .executeUpdate().replaceWith(ends);
                })));
    }

    /** Where a consumer stands on each partition (its next offset). */
    public Uni<Map<TopicPartition, Long>> positions(String consumer) {
        return Transactions.inSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT topic, kafka_partition, next_offset FROM consumer_position WHERE consumer = :consumer""",
                        Object[].class)
                .setParameter("consumer", consumer)
                .getResultList()
                .map(rows -> {
                    Map<TopicPartition, Long> positions = new HashMap<>();
                    for (Object[] row : rows) {
                        positions.put(new TopicPartition((String) row[0], ((Number) row[1]).intValue()),
                                ((Number) row[2]).longValue());
                    }
                    return positions;
                })));
    }

    /**
     * Readers move to the generation in one transaction: the serving one retires, the new one serves. The replay's own
     * inbox records are forgotten with it.
     */
    public Uni<Void> switchTo(int generation, String replayConsumer) {
        return Transactions.inTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT generation FROM projection_generation WHERE status IN ('SERVING', 'BUILDING') FOR UPDATE""")
                .getResultList()
                .chain(() -> session.createNativeQuery("""
                                UPDATE projection_generation SET status = 'RETIRED', retired_at = now() WHERE status = 'SERVING'""")
                        .executeUpdate())
                .chain(() -> session.createNativeQuery("""
                                UPDATE projection_generation SET status = 'SERVING', switched_at = now(), replayer = NULL,
                                       lease_until = NULL WHERE generation = :generation AND status = 'BUILDING'""")
                        .setParameter("generation", generation).executeUpdate())
                .chain(switched -> {
                    if (switched != 1) {
                        throw new IllegalStateException("Generation " + generation + " is no longer being built");
                    }
                    return session.createNativeQuery("DELETE FROM processed_event WHERE consumer = :consumer")
                            .setParameter("consumer", replayConsumer).executeUpdate();
                })
                .chain(() -> session.createNativeQuery("DELETE FROM consumer_position WHERE consumer = :consumer")
                        .setParameter("consumer", replayConsumer).executeUpdate())
                .replaceWithVoid()));
    }

    /** The retired generations whose facts are still there. */
    public Uni<List<Integer>> retired() {
        return Transactions.inSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT generation FROM projection_generation WHERE status IN ('RETIRED', 'ABANDONED')
                AND EXISTS (SELECT 1 FROM enterprise_fact f WHERE f.generation = projection_generation.generation
                            UNION ALL SELECT 1 FROM registration_fact f WHERE f.generation = projection_generation.generation
                            UNION ALL SELECT 1 FROM financing_application_fact f WHERE f.generation = projection_generation.generation
                            UNION ALL SELECT 1 FROM participation_fact f WHERE f.generation = projection_generation.generation)""",
                Integer.class).getResultList()));
    }

    @Inject
    Facts facts;

    /** Deletes a retired generation's facts. */
    public Uni<Void> delete(int generation) {
        return Transactions.inTransaction(() -> facts.deleteGeneration(generation));
    }

    /** Every generation, newest first. */
    public Uni<List<Generation>> all() {
        return Transactions.inSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                "SELECT " + COLUMNS + " FROM projection_generation ORDER BY generation DESC", Object[].class)
                .getResultList().map(rows -> rows.stream().map(GenerationStore::generation).toList())));
    }

    private static Generation generation(Object[] row) {
        return new Generation(((Number) row[0]).intValue(), (String) row[1], (String) row[2], Columns.instant(row[3]),
                ((Number) row[4]).longValue(), row[5] == null ? null : Columns.instant(row[5]),
                row[6] == null ? null : Columns.instant(row[6]));
    }

    private Map<TopicPartition, Long> ends(String recorded) {
        try {
            Map<String, Long> written = json.readValue(recorded, new TypeReference<Map<String, Long>>() { });
            Map<TopicPartition, Long> ends = new HashMap<>();
            written.forEach((key, offset) -> {
                int slash = key.lastIndexOf('/');
                ends.put(new TopicPartition(key.substring(0, slash), Integer.parseInt(key.substring(slash + 1))), offset);
            });
            return ends;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Map<String, Long> ends) {
        try {
            return json.writeValueAsString(ends);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
