package org.essor.programmes.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.programmes.ProgrammesApi;
import org.essor.testing.kafka.RegistryFeed;
import org.essor.programmes.events.ParticipationEvents;
import org.essor.testing.contracts.EventSchemas;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "programme-officer", roles = "programme-officer")
class CohortTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void admittedApplicantsAreFollowedFromEnrolmentToTheirOutcome() {
        String call = ProgrammesApi.openCall("REALIS", 2, null);
        String first = admitted(call, 9);
        String second = admitted(call, 8);

        Response cohort = given().contentType(ContentType.JSON).body("{\"callId\":\"" + call + "\",\"name\":\"REALIS printemps\","
                + "\"startsOn\":\"2026-03-01\",\"endsOn\":\"2026-12-15\"}").post("/api/v1/cohorts");
        cohort.then().statusCode(201).body("participations", hasSize(2));
        String cohortId = cohort.path("id");
        String participation = cohort.path("participations.find { it.applicationId == '" + first + "' }.id");
        String base = "/api/v1/cohorts/" + cohortId + "/participations/" + participation;

        Response coached = given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"heldOn\":\"2026-03-10\",\"coach\":\"Sophie\",\"hours\":2.5,\"topic\":\"modèle économique\"}")
                .post(base + "/coaching-sessions");
        coached.then().statusCode(200).body("coachingHours", equalTo(2.5f));
        long version = Long.parseLong(coached.header("ETag").replace("\"", ""));
        Response milestone = given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body("{\"kind\":\"BUSINESS_PLAN\",\"reachedOn\":\"2026-04-02\"}").post(base + "/milestones");
        milestone.then().statusCode(200);
        version = Long.parseLong(milestone.header("ETag").replace("\"", ""));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body("{\"kind\":\"BUSINESS_PLAN\",\"reachedOn\":\"2026-04-03\"}").post(base + "/milestones").then().statusCode(409);
        Response hosted = given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body("{\"kind\":\"DESK\",\"from\":\"2026-03-01\",\"to\":\"2026-09-01\"}").put(base + "/hosting");
        hosted.then().statusCode(200).body("hostingKind", equalTo("DESK"));
        version = Long.parseLong(hosted.header("ETag").replace("\"", ""));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body("{\"outcome\":\"PROJECT_CONTINUING\"}").post(base + "/completion").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + (version + 1) + "\"")
                .body("{\"heldOn\":\"2026-11-10\",\"coach\":\"Sophie\",\"hours\":1,\"topic\":\"suite\"}")
                .post(base + "/coaching-sessions").then().statusCode(409);

        List<ConsumerRecord<String, byte[]>> events = new TopicReader(bootstrapServers)
                .readKey(ParticipationEvents.TOPIC, participation, 4, Duration.ofSeconds(30));
        assertThat(events).extracting(r -> TopicReader.header(r, "ce_type")).containsExactly(
                "essor.programmes.participation.enrolled.v1", "essor.programmes.participation.coaching-logged.v1",
                "essor.programmes.participation.milestone-reached.v1", "essor.programmes.participation.completed.v1");
        events.forEach(event -> {
            EventSchemas.assertValid(TopicReader.header(event, "ce_type"), TopicReader.value(event));
            assertThat(TopicReader.value(event)).doesNotContain("Sophie").doesNotContain("modèle");
        });
        assertThat(TopicReader.value(events.get(1))).contains("\"sessionHours\":2.5");
    }

    @Test
    void onlyAdmittedApplicationsOfTheCallJoinACohort() {
        String call = ProgrammesApi.openCall("REALIS", 2, null);
        String waiting = submitted(call);
        given().contentType(ContentType.JSON).body("{\"callId\":\"" + call + "\",\"name\":\"x\",\"startsOn\":\"2026-03-01\","
                + "\"endsOn\":\"2026-12-15\",\"applicationIds\":[\"" + waiting + "\"]}").post("/api/v1/cohorts")
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"callId\":\"" + call + "\",\"name\":\"x\",\"startsOn\":\"2026-03-01\","
                + "\"endsOn\":\"2026-01-15\"}").post("/api/v1/cohorts").then().statusCode(422);
    }

    @Test
    void aParticipantDropsOut() {
        String call = ProgrammesApi.openCall("ALTER_VENTURE", 1, null);
        String admitted = admitted(call, 7, "SCALING");
        Response cohort = given().contentType(ContentType.JSON).body("{\"callId\":\"" + call + "\",\"name\":\"AV\","
                + "\"startsOn\":\"2026-03-01\",\"endsOn\":\"2026-12-15\"}").post("/api/v1/cohorts");
        String participation = cohort.path("participations[0].id");
        String base = "/api/v1/cohorts/" + cohort.path("id") + "/participations/" + participation;
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"kind\":\"DESK\",\"from\":\"2026-03-01\"}")
                .put(base + "/hosting").then().statusCode(422);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"reason\":\"départ de la région\"}")
                .post(base + "/drop-out").then().statusCode(200).body("status", equalTo("DROPPED_OUT"));
        assertThat(admitted).isNotBlank();
    }

    private String submitted(String call) {
        RegistryFeed.Enterprise enterprise = RegistryFeed.Enterprise.association(LocalDate.of(2020, 5, 4), "31");
        try (RegistryFeed feed = new RegistryFeed(bootstrapServers)) {
            feed.publish(enterprise);
        }
        ProgrammesApi.awaitKnown(dataSource, enterprise.id(), 0, "REGISTERED");
        String id = ProgrammesApi.apply(call, enterprise.id(), "DEVELOPMENT").then().statusCode(201).extract().path("id");
        ProgrammesApi.transition(id, "submission", null).then().statusCode(200);
        return id;
    }

    private String admitted(String call, int impact) {
        return admitted(call, impact, "DEVELOPMENT");
    }

    private String admitted(String call, int impact, String stage) {
        RegistryFeed.Enterprise enterprise = RegistryFeed.Enterprise.association(LocalDate.of(2020, 5, 4), "31");
        try (RegistryFeed feed = new RegistryFeed(bootstrapServers)) {
            feed.publish(enterprise);
        }
        ProgrammesApi.awaitKnown(dataSource, enterprise.id(), 0, "REGISTERED");
        String id = ProgrammesApi.apply(call, enterprise.id(), stage).then().statusCode(201).extract().path("id");
        ProgrammesApi.transition(id, "submission", null).then().statusCode(200);
        ProgrammesApi.transition(id, "review-start", null).then().statusCode(200);
        ProgrammesApi.review(id, impact, 5).then().statusCode(200);
        ProgrammesApi.decide(call).then().statusCode(200);
        return id;
    }
}
