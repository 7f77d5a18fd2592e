package org.essor.registry.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essor.testing.kafka.TopicReader.header;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.registry.EnterpriseJson;
import org.essor.registry.RegistryApi;
import org.essor.registry.app.EsusExpiryCheck;
import org.essor.testing.contracts.EventSchemas;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;

/** Every registry event read back from the real broker and checked against its JSON Schema. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "registry-officer", roles = "registry-officer")
class EnterpriseEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EsusExpiryCheck esusExpiryCheck;

    @Test
    void everyTransitionPublishesItsEventInOrderAndAsItsSchemaSays() {
        EnterpriseJson company = EnterpriseJson.essCompany();
        String id = RegistryApi.registered(company);
        RegistryApi.patch(id, 0, "{\"headcountBracket\":\"11\",\"sectors\":[\"HOUSING\"]}").then().statusCode(200);
        RegistryApi.transition(id, 1, "verification", null).then().statusCode(200);
        RegistryApi.setEsus(id, 2, "2019-01-01", "2024-01-01").then().statusCode(200);
        RegistryApi.transition(id, 3, "strike-off", "{\"on\":\"2026-01-31\",\"reason\":\"LEFT_ESS\",\"comment\":\"voir courrier\"}")
                .then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> events = read(id, 5);

        assertThat(events).extracting(record -> header(record, "ce_type")).containsExactly(
                "essor.registry.enterprise.registered.v1", "essor.registry.enterprise.updated.v1",
                "essor.registry.enterprise.verified.v1", "essor.registry.enterprise.esus-agreement-granted.v1",
                "essor.registry.enterprise.struck-off.v1");
        assertThat(events).extracting(record -> header(record, "ce_sequence")).containsExactly("0000000000000000000", "0000000000000000001",
                "0000000000000000002", "0000000000000000003", "0000000000000000004");
        for (ConsumerRecord<String, byte[]> event : events) {
            assertThat(header(event, "ce_source")).isEqualTo("/essor/registry");
            assertThat(header(event, "ce_subject")).isEqualTo(id);
            EventSchemas.assertValid(header(event, "ce_type"), TopicReader.value(event));
        }
        assertThat(TopicReader.value(events.get(1))).contains("\"changedFields\":[\"headcountBracket\",\"sectors\"]");
        assertThat(TopicReader.value(events.get(4))).contains("\"reason\":\"LEFT_ESS\"").doesNotContain("voir courrier");
    }

    @Test
    void anEventCarriesTheTraceOfTheRequestThatCausedIt() {
        String traceId = "5d2f7a9c1e3b4a6f8d0c2e4a6b8d0f12";
        String id = io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-1a2b3c4d5e6f7a8b-01")
                .body(EnterpriseJson.scop().build()).post(RegistryApi.ENTERPRISES)
                .then().statusCode(201).extract().path("id");

        assertThat(header(read(id, 1).get(0), "traceparent")).startsWith("00-" + traceId + "-");
    }

    @Test
    void eventsCarryNoPersonalData() {
        String id = RegistryApi.registered(EnterpriseJson.association());
        RegistryApi.patch(id, 0, "{\"representative\":{\"name\":\"Jeanne Dupont\",\"email\":\"jeanne@example.org\"}}")
                .then().statusCode(200);
        RegistryApi.patch(id, 1, "{\"usualName\":\"Jardins\"}").then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> events = read(id, 2);
        assertThat(events).extracting(record -> header(record, "ce_type"))
                .containsExactly("essor.registry.enterprise.registered.v1", "essor.registry.enterprise.updated.v1");
        for (ConsumerRecord<String, byte[]> event : events) {
            assertThat(TopicReader.value(event)).doesNotContain("Camille", "camille.martin@example.org", "Jeanne", "jeanne@",
                    "+33", "representative");
        }
    }

    @Test
    void anExpiredEsusAgreementIsPublishedOnce() throws Throwable {
        String id = RegistryApi.registered(EnterpriseJson.essCompany());
        RegistryApi.setEsus(id, 0, "2019-01-01", "2024-01-01").then().statusCode(200);

        assertThat(VertxContextSupport.subscribeAndAwait(esusExpiryCheck::run)).isGreaterThanOrEqualTo(1);
        assertThat(VertxContextSupport.subscribeAndAwait(esusExpiryCheck::run)).isZero();

        List<ConsumerRecord<String, byte[]>> events = read(id, 3);
        assertThat(events).extracting(record -> header(record, "ce_type")).containsExactly(
                "essor.registry.enterprise.registered.v1", "essor.registry.enterprise.esus-agreement-granted.v1",
                "essor.registry.enterprise.esus-agreement-expired.v1");
        EventSchemas.assertValid(header(events.get(2), "ce_type"), TopicReader.value(events.get(2)));
        assertThat(TopicReader.value(events.get(2))).contains("\"valid\":false");
        RegistryApi.get(id).then().header("ETag", org.hamcrest.Matchers.equalTo("\"2\""));
    }

    private List<ConsumerRecord<String, byte[]>> read(String id, int count) {
        return new TopicReader(bootstrapServers).readKey(RegistryEvents.TOPIC, id, count, Duration.ofSeconds(30));
    }
}
