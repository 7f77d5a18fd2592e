package org.essor.registry.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.essor.testing.kafka.TopicReader.header;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.registry.EnterpriseJson;
import org.essor.registry.RegistryApi;
import org.essor.registry.events.RegistryEvents;
import org.essor.testing.contracts.EventSchemas;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The ESS networks of an enterprise and its IAE and EA agreements: recorded, audited and published. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "registry-officer", roles = "registry-officer")
class NetworksAndInclusionAgreementsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void networksAreSetReadAndPublished() {
        String id = RegistryApi.registered(EnterpriseJson.scop());
        given().get(RegistryApi.ENTERPRISES + "/{id}/networks", id).then().statusCode(200).body("networks", hasSize(0));

        put(id, 0, "networks", "{\"networks\":[\"URSCOP\",\"CRESS\"]}").then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("networks", equalTo(List.of("URSCOP", "CRESS")));
        put(id, 1, "networks", "{\"networks\":[\"CRESS\",\"URSCOP\"]}").then().statusCode(200).header("ETag", equalTo("\"1\""));
        given().get(RegistryApi.ENTERPRISES + "/{id}/networks", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("networks", equalTo(List.of("URSCOP", "CRESS")));
        put(id, 1, "networks", "{\"networks\":[\"GREENPEACE\"]}").then().statusCode(400);

        List<ConsumerRecord<String, byte[]>> events = read(id, 2);
        assertThat(header(events.get(1), "ce_type")).isEqualTo("essor.registry.enterprise.networks-changed.v1");
        EventSchemas.assertValid(header(events.get(1), "ce_type"), TopicReader.value(events.get(1)));
        assertThat(TopicReader.value(events.get(1))).contains("\"networks\":[\"CRESS\",\"URSCOP\"]");
    }

    @Test
    void inclusionAgreementsAreSetWithTheirDatesAndPublished() {
        String id = RegistryApi.registered(EnterpriseJson.association());

        put(id, 0, "inclusion-agreements", "{\"agreements\":[{\"kind\":\"ACI\",\"grantedOn\":\"2023-01-01\","
                + "\"validUntil\":\"2023-12-31\"},{\"kind\":\"AI\",\"grantedOn\":\"2022-05-01\"}]}")
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("agreements.kind", equalTo(List.of("ACI", "AI")))
                .body("agreements.valid", equalTo(List.of(false, true)));
        given().get(RegistryApi.ENTERPRISES + "/{id}/inclusion-agreements", id).then().statusCode(200)
                .body("agreements.find { it.kind == 'AI' }.grantedOn", equalTo("2022-05-01"))
                .body("agreements.find { it.kind == 'ACI' }.validUntil", equalTo("2023-12-31"));
        put(id, 1, "inclusion-agreements", "{\"agreements\":[{\"kind\":\"AI\",\"grantedOn\":\"2022-05-01\"}]}")
                .then().statusCode(200).body("agreements.kind", equalTo(List.of("AI")));

        List<ConsumerRecord<String, byte[]>> events = read(id, 3);
        for (ConsumerRecord<String, byte[]> event : events.subList(1, 3)) {
            assertThat(header(event, "ce_type")).isEqualTo("essor.registry.enterprise.inclusion-agreements-changed.v1");
            EventSchemas.assertValid(header(event, "ce_type"), TopicReader.value(event));
        }
        assertThat(TopicReader.value(events.get(2))).contains("\"agreements\":[{\"kind\":\"AI\",\"grantedOn\":\"2022-05-01\","
                + "\"validUntil\":null,\"valid\":true}]");
    }

    @Test
    void agreementsThatCannotBeAreRefusedAndChangeNothing() {
        String id = RegistryApi.registered(EnterpriseJson.association());

        put(id, 0, "inclusion-agreements", "{\"agreements\":[{\"kind\":\"EI\",\"grantedOn\":\"2023-01-01\"},"
                + "{\"kind\":\"EI\",\"grantedOn\":\"2024-01-01\"}]}").then().statusCode(422)
                .body("errors.field", hasItem("agreements[1].kind"));
        put(id, 0, "inclusion-agreements", "{\"agreements\":[{\"kind\":\"EA\",\"grantedOn\":\""
                + LocalDate.now().plusDays(3) + "\"}]}").then().statusCode(422)
                .body("errors.field", hasItem("agreements[0].grantedOn"));
        put(id, 0, "inclusion-agreements", "{\"agreements\":[{\"kind\":\"EA\",\"grantedOn\":\"2023-01-01\","
                + "\"validUntil\":\"2022-01-01\"}]}").then().statusCode(422)
                .body("errors.field", hasItem("agreements[0].validUntil"));
        put(id, 0, "inclusion-agreements", "{\"agreements\":[{\"kind\":\"SIAE\",\"grantedOn\":\"2023-01-01\"}]}")
                .then().statusCode(400);
        RegistryApi.get(id).then().header("ETag", equalTo("\"0\""));
    }

    @Test
    @TestSecurity(user = "evaluator", roles = "evaluator")
    void anEvaluatorReadsButSetsNothing() {
        String unknown = java.util.UUID.randomUUID().toString();
        put(unknown, 0, "networks", "{\"networks\":[]}").then().statusCode(403);
        put(unknown, 0, "inclusion-agreements", "{\"agreements\":[]}").then().statusCode(403);
        given().get(RegistryApi.ENTERPRISES + "/{id}/networks", unknown).then().statusCode(404);
    }

    private static Response put(String id, long version, String what, String body) {
        return given().header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON).body(body)
                .put(RegistryApi.ENTERPRISES + "/{id}/" + what, id);
    }

    private List<ConsumerRecord<String, byte[]>> read(String id, int count) {
        return new TopicReader(bootstrapServers).readKey(RegistryEvents.TOPIC, id, count, Duration.ofSeconds(30));
    }
}
