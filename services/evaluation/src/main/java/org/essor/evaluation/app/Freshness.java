package org.essor.evaluation.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.essor.persistence.Columns;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Up to which point of each stream the figures are computed: the positions of the stream's consumer (every event
 * before them is in the serving generation) and the time of the newest event applied from it.
 */
@ApplicationScoped
public class Freshness {

    /** A stream's watermark: the next offset of each partition, and the newest event's time (null before any). */
    public record Watermark(String topic, Map<Integer, Long> nextOffsets, Instant lastEventAt) {
    }

    /** The watermarks of the seven streams, in topic order. */
    public Uni<List<Watermark>> watermarks(List<String> topics) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT p.topic, p.kafka_partition, p.next_offset, w.last_event_at
                        FROM consumer_position p LEFT JOIN stream_watermark w ON w.topic = p.topic
                        WHERE p.consumer LIKE 'evaluation.%' AND p.consumer NOT LIKE 'evaluation.replay-%'
                        ORDER BY p.topic, p.kafka_partition""", Object[].class)
                .getResultList()
                .map(rows -> {
                    Map<String, Map<Integer, Long>> offsets = new TreeMap<>();
                    Map<String, Instant> times = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        offsets.computeIfAbsent((String) row[0], topic -> new TreeMap<>())
                                .put(((Number) row[1]).intValue(), ((Number) row[2]).longValue());
                        if (row[3] != null) {
                            times.put((String) row[0], Columns.instant(row[3]));
                        }
                    }
                    List<Watermark> watermarks = new ArrayList<>();
                    for (String topic : topics.stream().sorted().toList()) {
                        watermarks.add(new Watermark(topic, offsets.getOrDefault(topic, Map.of()), times.get(topic)));
                    }
                    return watermarks;
                }));
    }
}
