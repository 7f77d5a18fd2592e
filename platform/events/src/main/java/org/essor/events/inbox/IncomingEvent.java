package org.essor.events.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.essor.events.envelope.CloudEventHeaders;
import org.essor.events.envelope.CloudEventHeaders.Envelope;
import org.essor.events.envelope.MalformedEventException;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A received CloudEvent: its envelope, where it came from in Kafka, and its JSON data. */
public record IncomingEvent(Envelope envelope, String topic, int partition, long offset, String key, byte[] data,
                            ObjectMapper json) {

    /** The event a Kafka record carries; a record that is no CloudEvent of its topic's major version is malformed. */
    public static IncomingEvent from(ConsumerRecord<String, byte[]> record, ObjectMapper json) {
        if (record.value() == null) {
            throw new MalformedEventException("Record without data at " + record.topic() + "/" + record.partition()
                    + "@" + record.offset());
        }
        Envelope envelope = CloudEventHeaders.read(record.headers());
        String major = ".v" + envelope.type().major();
        if (!record.topic().endsWith(major)) {
            throw new MalformedEventException("Event " + envelope.id() + " of type " + envelope.type().ceType()
                    + " has another major version than its topic " + record.topic());
        }
        return new IncomingEvent(envelope, record.topic(), record.partition(), record.offset(), record.key(),
                record.value(), json);
    }

    public String id() {
        return envelope.id();
    }

    public String type() {
        return envelope.type().ceType();
    }

    /** The data as the given payload type; a payload that does not fit is malformed (no retry will help). */
    public <T> T data(Class<T> type) {
        try {
            return json.readValue(data, type);
        } catch (IOException e) {
            throw new MalformedEventException("Event " + id() + " (" + type() + ") does not carry a valid "
                    + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    public String dataAsText() {
        return new String(data, StandardCharsets.UTF_8);
    }
}
