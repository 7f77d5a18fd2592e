package org.essor.programmes.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.events.envelope.CloudEventHeaders;
import org.essor.events.envelope.EventType;
import org.essor.testing.kafka.RegistryFeed;
import org.essor.testing.contracts.ContractFiles;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The consumer side of the registry's event contract: every example of every registry event schema in
 * {@code contracts/events/} (the ones the registry's own tests check its events against) is fed, as is, to the real
 * registry projection through the broker, and must be applied, not dead-lettered.
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class RegistryEventExamplesTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    record Example(String ceType, JsonNode payload, UUID eventId) {
        UUID enterpriseId() {
            return UUID.fromString(payload.path("enterprise").path("enterpriseId").asText());
        }

        long version() {
            return payload.path("enterprise").path("version").asLong();
        }
    }

    @Test
    void theProjectionAppliesEveryExampleOfTheRegistryEventSchemas() throws Exception {
        List<Example> examples = examples();
        // the registry may add event types within major version 1: the projection must apply every one of them
        assertThat(examples.stream().map(Example::ceType).distinct()).as("registry event types with examples").contains(
                "essor.registry.enterprise.registered.v1", "essor.registry.enterprise.updated.v1",
                "essor.registry.enterprise.verified.v1", "essor.registry.enterprise.struck-off.v1",
                "essor.registry.enterprise.esus-agreement-granted.v1", "essor.registry.enterprise.esus-agreement-expired.v1");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers,
                "acks", "all"), new StringSerializer(), new ByteArraySerializer())) {
            for (Example example : examples) {
                EventType type = EventType.parse(example.ceType());
                var headers = CloudEventHeaders.write(example.eventId(), type, example.enterpriseId().toString(),
                        example.version(), Instant.now(), "00-" + "3".repeat(32) + "-" + "4".repeat(16) + "-01");
                producer.send(new ProducerRecord<>(RegistryFeed.TOPIC, null, example.enterpriseId().toString(),
                        JSON.writeValueAsBytes(example.payload()), headers)).get();
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(processed(examples))
                .as("examples applied by %s", RegistryProjection.CONSUMER).hasSize(examples.size()));
        assertThat(deadLetters(examples)).as("examples set aside as dead letters").isEmpty();

        // each enterprise ends at the state of its example of highest version
        Map<UUID, Example> latest = examples.stream().collect(Collectors.toMap(Example::enterpriseId, e -> e,
                (a, b) -> a.version() >= b.version() ? a : b));
        for (Example example : latest.values()) {
            JsonNode enterprise = example.payload().path("enterprise");
            assertThat(known(example.enterpriseId())).as(example.ceType()).isEqualTo(enterprise.path("version").asLong() + " "
                    + enterprise.path("status").asText() + " " + String.join(",", texts(enterprise.path("departements"))));
        }
    }

    private static List<Example> examples() throws Exception {
        Path events = ContractFiles.directory().resolve("events");
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(events)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("essor.registry."))
                    .sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = file.getFileName().toString();
                String ceType = name.substring(0, name.length() - ".schema.json".length());
                for (JsonNode example : JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)).path("examples")) {
                    examples.add(new Example(ceType, example, UUID.randomUUID()));
                }
            }
        }
        return examples;
    }

    private List<String> processed(List<Example> examples) throws Exception {
        return eventIds("SELECT event_id FROM processed_event WHERE consumer = ? AND event_id = ANY (?)", examples);
    }

    private List<String> deadLetters(List<Example> examples) throws Exception {
        return eventIds("SELECT event_id FROM inbox_held WHERE consumer = ? AND event_id = ANY (?)", examples);
    }

    private List<String> eventIds(String sql, List<Example> examples) throws Exception {
        try (Connection connection = dataSource.getConnection(); var query = connection.prepareStatement(sql)) {
            query.setString(1, RegistryProjection.CONSUMER);
            query.setArray(2, connection.createArrayOf("text", examples.stream().map(e -> e.eventId().toString()).toArray()));
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private String known(UUID enterpriseId) throws Exception {
        return KnownEnterpriseRows.of(dataSource, enterpriseId);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
