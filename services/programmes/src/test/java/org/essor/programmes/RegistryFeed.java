package org.essor.programmes;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.essor.events.envelope.CloudEventHeaders;
import org.essor.events.envelope.EventType;

/** Publishes registry events on the real broker, as the registry does, for the programmes service to consume. */
public final class RegistryFeed implements AutoCloseable {

    public static final String TOPIC = "registry.enterprise.v1";

    private final KafkaProducer<String, byte[]> producer;

    public RegistryFeed(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers, "acks", "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** An enterprise as the registry describes it in its events. */
    public record Enterprise(UUID id, long version, String legalFamily, LocalDate creationDate, List<String> departements,
                             LocalDate esusGrantedOn, LocalDate esusValidUntil, String status, String siren) {

        public Enterprise(UUID id, long version, String legalFamily, LocalDate creationDate, List<String> departements,
                          LocalDate esusGrantedOn, LocalDate esusValidUntil, String status) {
            this(id, version, legalFamily, creationDate, departements, esusGrantedOn, esusValidUntil, status, null);
        }

        public Enterprise withSiren(String value) {
            return new Enterprise(id, version, legalFamily, creationDate, departements, esusGrantedOn, esusValidUntil, status, value);
        }

        public static Enterprise association(LocalDate created, String departement) {
            return new Enterprise(UUID.randomUUID(), 0, "ASSOCIATION", created, List.of(departement), null, null, "REGISTERED");
        }

        public Enterprise next(String status) {
            return new Enterprise(id, version + 1, legalFamily, creationDate, departements, esusGrantedOn, esusValidUntil, status,
                    siren);
        }

        String json() {
            String esus = esusGrantedOn == null ? "null" : "{\"grantedOn\":\"" + esusGrantedOn + "\",\"validUntil\":\""
                    + esusValidUntil + "\",\"departement\":\"31\",\"valid\":true}";
            return "{\"enterprise\":{\"enterpriseId\":\"" + id + "\",\"version\":" + version + ",\"siren\":"
                    + (siren == null ? "null" : "\"" + siren + "\"") + ",\"sirets\":[],"
                    + "\"rna\":\"W313001234\",\"legalName\":\"Test\",\"legalCategory\":\"9220\",\"legalFamily\":\"" + legalFamily
                    + "\",\"cooperativeKind\":null,\"essBasis\":\"STATUTORY_FAMILY\",\"creationDate\":"
                    + (creationDate == null ? "null" : "\"" + creationDate + "\"") + ",\"headOfficeDepartement\":\""
                    + departements.get(0) + "\",\"departements\":[\"" + String.join("\",\"", departements) + "\"],"
                    + "\"nafCode\":null,\"nafVersion\":null,\"headcountBracket\":\"NN\",\"declaredFte\":null,\"sectors\":[],"
                    + "\"esus\":" + esus + ",\"status\":\"" + status + "\",\"struckOffOn\":null}}";
        }
    }

    /** Publishes the enterprise's state with a new event id; returns that id. */
    public UUID publish(Enterprise enterprise) {
        UUID eventId = UUID.randomUUID();
        publish(enterprise, eventId);
        return eventId;
    }

    /** Publishes with a given event id (to deliver the same event twice); answers where the broker stored it. */
    public RecordMetadata publish(Enterprise enterprise, UUID eventId) {
        try {
            return producer.send(new ProducerRecord<>(TOPIC, null, enterprise.id().toString(),
                    enterprise.json().getBytes(StandardCharsets.UTF_8), headers(enterprise, eventId))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record the registry would publish, as the consumer reads it at an offset (to apply it without the broker). */
    public static ConsumerRecord<String, byte[]> received(Enterprise enterprise, long offset) {
        byte[] value = enterprise.json().getBytes(StandardCharsets.UTF_8);
        return new ConsumerRecord<>(TOPIC, 0, offset, Instant.now().toEpochMilli(), TimestampType.CREATE_TIME,
                -1, value.length, enterprise.id().toString(), value, headers(enterprise, UUID.randomUUID()), Optional.empty());
    }

    private static Headers headers(Enterprise enterprise, UUID eventId) {
        String action = "STRUCK_OFF".equals(enterprise.status()) ? "struck-off" : enterprise.version() == 0 ? "registered" : "updated";
        return CloudEventHeaders.write(eventId, EventType.of("registry", "enterprise", action, 1), enterprise.id().toString(),
                enterprise.version(), Instant.now(), "00-" + "1".repeat(32) + "-" + "2".repeat(16) + "-01");
    }

    @Override
    public void close() {
        producer.close();
    }
}
