package org.essor.programmes.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.essor.programmes.Applicants;
import org.essor.programmes.ApplicantsTestSupport;
import org.essor.testing.kafka.EventEnvelopes;
import org.essor.programmes.ProgrammesApi;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Every event type of the service's two topics, read back from the real broker. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "programme-officer", roles = "programme-officer")
class PublishedEventsTest extends ApplicantsTestSupport {

    static final String APPLICATION = "essor.programmes.application.";
    static final String PARTICIPATION = "essor.programmes.participation.";

    @Test
    void everyApplicationEventIsPublishedWithTheProgrammesEnvelope() {
        String call = ProgrammesApi.openCall("REALIS", 1, null);
        String admitted = applicants.reviewed(call, "DEVELOPMENT", 9, 9);
        String rejected = applicants.reviewed(call, "DEVELOPMENT", 3, 3);
        String withdrawn = applicants.submitted(call, "DEVELOPMENT");
        Applicants.decide(call);
        ProgrammesApi.transition(rejected, "rejection", "{\"motivation\":\"hors périmètre\"}").then().statusCode(200);
        ProgrammesApi.transition(withdrawn, "withdrawal", null).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> events = new ArrayList<>();
        events.addAll(readBack(ProgrammeEvents.APPLICATION_TOPIC, admitted, APPLICATION, "submitted", "admitted"));
        events.addAll(readBack(ProgrammeEvents.APPLICATION_TOPIC, rejected, APPLICATION, "submitted", "waitlisted", "rejected"));
        events.addAll(readBack(ProgrammeEvents.APPLICATION_TOPIC, withdrawn, APPLICATION, "submitted", "withdrawn"));

        assertThat(events).extracting(record -> TopicReader.header(record, "ce_type")).containsAll(Set.of(
                APPLICATION + "submitted.v1", APPLICATION + "admitted.v1", APPLICATION + "waitlisted.v1",
                APPLICATION + "rejected.v1", APPLICATION + "withdrawn.v1"));
        assertThat(TopicReader.value(events.get(4))).contains("\"status\":\"REJECTED\"");
        EventEnvelopes.assertPublishedBy("programmes", events);
        for (String id : List.of(admitted, rejected, withdrawn)) {
            ConsumerRecord<String, byte[]> last = events.stream().filter(record -> record.key().equals(id)).reduce((a, b) -> b)
                    .orElseThrow();
            assertThat(EventEnvelopes.sequence(last)).as("last ce_sequence of %s", id).isEqualTo(ProgrammesApi.version(id));
        }
    }

    @Test
    void everyParticipationEventIsPublishedWithTheProgrammesEnvelope() {
        String call = ProgrammesApi.openCall("REALIS", 3, null);
        String completing = applicants.reviewed(call, "DEVELOPMENT", 9, 9);
        String leaving = applicants.reviewed(call, "DEVELOPMENT", 8, 8);
        String creating = applicants.reviewed(call, "DEVELOPMENT", 7, 7);
        Applicants.decide(call);
        Response cohort = given().contentType(ContentType.JSON).body("{\"callId\":\"" + call + "\",\"name\":\"REALIS automne\","
                + "\"startsOn\":\"2026-03-01\",\"endsOn\":\"2026-12-15\"}").post("/api/v1/cohorts");
        cohort.then().statusCode(201);
        String base = "/api/v1/cohorts/" + cohort.path("id") + "/participations/";
        String completed = cohort.path("participations.find { it.applicationId == '" + completing + "' }.id");
        String droppedOut = cohort.path("participations.find { it.applicationId == '" + leaving + "' }.id");
        String created = cohort.path("participations.find { it.applicationId == '" + creating + "' }.id");
        String knownEnterprise = given().get("/api/v1/programme-applications/" + completing).path("enterpriseId");

        long version = step(base + completed + "/coaching-sessions", 0,
                "{\"heldOn\":\"2026-03-10\",\"coach\":\"Sophie\",\"hours\":2,\"topic\":\"gouvernance\"}");
        version = step(base + completed + "/milestones", version, "{\"kind\":\"BUSINESS_PLAN\",\"reachedOn\":\"2026-04-02\"}");
        step(base + completed + "/completion", version, "{\"outcome\":\"PROJECT_CONTINUING\"}");
        step(base + droppedOut + "/drop-out", 0, "{\"reason\":\"départ de la région\"}");
        long linked = step(base + created + "/completion", 0, "{\"outcome\":\"ENTERPRISE_CREATED\"}");
        given().contentType(ContentType.JSON).header("If-Match", "\"" + linked + "\"")
                .body("{\"enterpriseId\":\"" + knownEnterprise + "\"}").put(base + created + "/created-enterprise")
                .then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> events = new ArrayList<>();
        events.addAll(readBack(ParticipationEvents.TOPIC, completed, PARTICIPATION, "enrolled", "coaching-logged",
                "milestone-reached", "completed"));
        events.addAll(readBack(ParticipationEvents.TOPIC, droppedOut, PARTICIPATION, "enrolled", "dropped-out"));
        List<ConsumerRecord<String, byte[]>> creation = readBack(ParticipationEvents.TOPIC, created, PARTICIPATION, "enrolled",
                "completed", "created-enterprise-linked");
        assertThat(TopicReader.value(creation.get(1))).contains("\"createdEnterpriseId\":null");
        assertThat(TopicReader.value(creation.get(2))).contains("\"createdEnterpriseId\":\"" + knownEnterprise + "\"");
        events.addAll(creation);

        assertThat(events).extracting(record -> TopicReader.header(record, "ce_type")).containsAll(Set.of(
                PARTICIPATION + "enrolled.v1", PARTICIPATION + "coaching-logged.v1", PARTICIPATION + "milestone-reached.v1",
                PARTICIPATION + "completed.v1", PARTICIPATION + "dropped-out.v1", PARTICIPATION + "created-enterprise-linked.v1"));
        assertThat(TopicReader.value(events.get(5))).contains("\"status\":\"DROPPED_OUT\"");
        EventEnvelopes.assertPublishedBy("programmes", events);
    }

    private List<ConsumerRecord<String, byte[]>> readBack(String topic, String key, String prefix, String... actions) {
        return EventEnvelopes.readBack(bootstrapServers, topic, key, prefix, actions);
    }

    /** Posts a participation change at {@code version}; answers the new version. */
    private static long step(String path, long version, String body) {
        Response answer = given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body).post(path);
        answer.then().statusCode(200);
        return Long.parseLong(answer.header("ETag").replace("\"", ""));
    }
}
