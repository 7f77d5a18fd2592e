package org.essor.events.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.essor.events.envelope.CloudEventHeaders;
import org.essor.events.envelope.EventType;

/** An unsent outbox row, as the relay sends it: keyed by its aggregate, with the CloudEvents headers. */
record OutboxRow(long id, UUID eventId, String topic, String eventType, String aggregateId, long aggregateVersion,
                 Instant occurredAt, String traceparent, String payload, int attempts) {

    static OutboxRow from(ResultSet result) throws SQLException {
        return new OutboxRow(result.getLong("id"), result.getObject("event_id", UUID.class),
                result.getString("topic"), result.getString("event_type"), result.getString("aggregate_id"),
                result.getLong("aggregate_version"), result.getTimestamp("occurred_at").toInstant(),
                result.getString("traceparent"), result.getString("payload"), result.getInt("attempts"));
    }

    ProducerRecord<String, byte[]> toRecord() {
        return new ProducerRecord<>(topic, null, aggregateId, payload.getBytes(StandardCharsets.UTF_8),
                CloudEventHeaders.write(eventId, EventType.parse(eventType), aggregateId, aggregateVersion,
                        occurredAt, traceparent));
    }
}
