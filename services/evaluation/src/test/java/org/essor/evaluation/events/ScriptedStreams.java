package org.essor.evaluation.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A scripted history of the platform's seven streams: events as the other services publish them (CloudEvents in
 * binary mode, keyed by aggregate), each with its time and aggregate version, written to the real broker.
 */
public final class ScriptedStreams implements AutoCloseable {

    /** One event of the history. */
    public record Scripted(String topic, String type, UUID subject, long version, Instant time, String json, UUID id) {

        public Scripted withNewId() {
            return new Scripted(topic, type, subject, version, time, json, UUID.randomUUID());
        }
    }

    private final KafkaProducer<String, byte[]> producer;
    private final List<Scripted> history = new ArrayList<>();

    public ScriptedStreams(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers, "acks", "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Adds an event to the history (not sent yet): e.g. {@code ("financing.application.v1", "approved", ...)}. */
    public Scripted add(String topic, String action, UUID subject, long version, String time, String json) {
        String[] parts = topic.split("\\.");
        Scripted event = new Scripted(topic, "essor." + parts[0] + "." + parts[1] + "." + action + "." + parts[2], subject,
                version, Instant.parse(time), json, UUID.randomUUID());
        history.add(event);
        return event;
    }

    public List<Scripted> history() {
        return List.copyOf(history);
    }

    /** Sends the events in the given order (the same event twice is a redelivery: the same ce_id). */
    public void send(List<Scripted> events) {
        try {
            for (Scripted event : events) {
                producer.send(record(event)).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record whose payload no consumer can read, on a topic. */
    public void sendUnreadable(String topic, UUID subject) {
        Scripted event = new Scripted(topic, "essor." + topic.split("\\.")[0] + "." + topic.split("\\.")[1] + ".submitted."
                + topic.split("\\.")[2], subject, 1, Instant.now(), "{not json", UUID.randomUUID());
        send(List.of(event));
    }

    private static ProducerRecord<String, byte[]> record(Scripted event) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, "ce_specversion", "1.0");
        add(headers, "ce_id", event.id().toString());
        add(headers, "ce_source", "/essor/" + event.topic().split("\\.")[0]);
        add(headers, "ce_type", event.type());
        add(headers, "ce_subject", event.subject().toString());
        add(headers, "ce_time", event.time().toString());
        add(headers, "ce_sequence", String.format("%019d", event.version()));
        add(headers, "traceparent", "00-" + "1".repeat(32) + "-" + "2".repeat(16) + "-01");
        add(headers, "content-type", "application/json");
        return new ProducerRecord<>(event.topic(), null, event.subject().toString(),
                event.json().getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
