package org.essor.testing.kafka;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes registry events on the real broker, as the registry does (CloudEvents headers in binary mode, the
 * enterprise's whole state in the payload), for the services that follow the register to consume in their tests.
 */
public final class RegistryFeed implements AutoCloseable {

    public static final String TOPIC = "registry.enterprise.v1";

    private final KafkaProducer<String, byte[]> producer;

    public RegistryFeed(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers, "acks", "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** An enterprise as the registry describes it in its events. */
    public record Enterprise(UUID id, long version, String legalFamily, LocalDate creationDate, List<String> departements,
                             LocalDate esusGrantedOn, LocalDate esusValidUntil, String status, String siren,
                             String cooperativeKind) {

        public Enterprise(UUID id, long version, String legalFamily, LocalDate creationDate, List<String> departements,
                          LocalDate esusGrantedOn, LocalDate esusValidUntil, String status, String siren) {
            this(id, version, legalFamily, creationDate, departements, esusGrantedOn, esusValidUntil, status, siren, null);
        }

        public Enterprise(UUID id, long version, String legalFamily, LocalDate creationDate, List<String> departements,
                          LocalDate esusGrantedOn, LocalDate esusValidUntil, String status) {
            this(id, version, legalFamily, creationDate, departements, esusGrantedOn, esusValidUntil, status, null, null);
        }

        public static Enterprise association(LocalDate created, String departement) {
            return new Enterprise(UUID.randomUUID(), 0, "ASSOCIATION", created, List.of(departement), null, null, "REGISTERED");
        }

        /** A cooperative of the given kind (SCOP, SCIC, CAE...). */
        public static Enterprise cooperative(String kind, LocalDate created, String departement) {
            return new Enterprise(UUID.randomUUID(), 0, "COOPERATIVE", created, List.of(departement), null, null, "REGISTERED",
                    null, kind);
        }

        public Enterprise withSiren(String value) {
            return new Enterprise(id, version, legalFamily, creationDate, departements, esusGrantedOn, esusValidUntil, status,
                    value, cooperativeKind);
        }

        public Enterprise withEsus(LocalDate grantedOn, LocalDate validUntil) {
            return new Enterprise(id, version, legalFamily, creationDate, departements, grantedOn, validUntil, status, siren,
                    cooperativeKind);
        }

        /** The next version, with {@code status}. */
        public Enterprise next(String status) {
            return new Enterprise(id, version + 1, legalFamily, creationDate, departements, esusGrantedOn, esusValidUntil, status,
                    siren, cooperativeKind);
        }

        public String json() {
            String esus = esusGrantedOn == null ? "null" : "{\"grantedOn\":\"" + esusGrantedOn + "\",\"validUntil\":\""
                    + esusValidUntil + "\",\"departement\":\"31\",\"valid\":true}";
            String category = "COOPERATIVE".equals(legalFamily) ? "5458" : "9220";
            return "{\"enterprise\":{\"enterpriseId\":\"" + id + "\",\"version\":" + version + ",\"siren\":"
                    + (siren == null ? "null" : "\"" + siren + "\"") + ",\"sirets\":[],"
                    + "\"rna\":" + ("ASSOCIATION".equals(legalFamily) ? "\"W313001234\"" : "null")
                    + ",\"legalName\":\"Test\",\"legalCategory\":\"" + category + "\",\"legalFamily\":\"" + legalFamily
                    + "\",\"cooperativeKind\":" + (cooperativeKind == null ? "null" : "\"" + cooperativeKind + "\"")
                    + ",\"essBasis\":\"STATUTORY_FAMILY\",\"creationDate\":"
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

    /** The CloudEvents headers of the registry's event (binary mode), as CONVENTIONS fixes them. */
    private static Headers headers(Enterprise enterprise, UUID eventId) {
        String action = "STRUCK_OFF".equals(enterprise.status()) ? "struck-off" : enterprise.version() == 0 ? "registered" : "updated";
        RecordHeaders headers = new RecordHeaders();
        add(headers, "ce_specversion", "1.0");
        add(headers, "ce_id", eventId.toString());
        add(headers, "ce_source", "/essor/registry");
        add(headers, "ce_type", "essor.registry.enterprise." + action + ".v1");
        add(headers, "ce_subject", enterprise.id().toString());
        add(headers, "ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)));
        add(headers, "ce_sequence", String.format("%019d", enterprise.version()));
        add(headers, "traceparent", "00-" + "1".repeat(32) + "-" + "2".repeat(16) + "-01");
        add(headers, "content-type", "application/json");
        return headers;
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Waits until the service whose database is {@code dataSource} knows the enterprise at {@code version} or later,
     * with {@code status}, in its {@code known_enterprise} table (the platform's projection).
     */
    public static void awaitKnown(DataSource dataSource, UUID enterpriseId, long version, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement query = connection.prepareStatement(
                         "SELECT version, status FROM known_enterprise WHERE enterprise_id = ?")) {
                query.setObject(1, enterpriseId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() && row.getLong(1) >= version && row.getString(2).equals(status);
                }
            }
        });
    }

    @Override
    public void close() {
        producer.close();
    }
}
