package org.essor.programmes.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.programmes.ProgrammesApi;
import org.essor.testing.kafka.RegistryFeed;
import org.essor.programmes.events.ProgrammeEvents;
import org.essor.testing.contracts.EventSchemas;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "programme-officer", roles = "programme-officer")
class SelectionTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theCommitteeAdmitsTheBestUpToTheSeatsAndAWithdrawalFreesASeatForTheFirstWaitlisted() {
        String call = ProgrammesApi.openCall("REALIS", 2, null);
        List<String> applications = new ArrayList<>();
        int[][] scores = {{9, 5}, {4, 4}, {8, 8}, {6, 2}};
        for (int[] score : scores) {
            String id = readyForReview(call);
            ProgrammesApi.review(id, score[0], score[1]).then().statusCode(200);
            applications.add(id);
        }

        ProgrammesApi.decide(call).then().statusCode(200);

        // weighted on 10: (3*impact + viability) / 4 → 8.0, 4.0, 8.0, 5.0; ties go to the first submitted
        assertThat(status(applications.get(0))).isEqualTo("ADMITTED");
        assertThat(status(applications.get(2))).isEqualTo("ADMITTED");
        assertThat(status(applications.get(3))).isEqualTo("WAITLISTED");
        assertThat(status(applications.get(1))).isEqualTo("WAITLISTED");

        ProgrammesApi.transition(applications.get(0), "withdrawal", null).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertThat(status(applications.get(3))).isEqualTo("ADMITTED");
        assertThat(status(applications.get(1))).isEqualTo("WAITLISTED");

        ProgrammesApi.transition(applications.get(1), "rejection", "{\"motivation\":\"projet hors périmètre\"}")
                .then().statusCode(200).body("motivation", equalTo("projet hors périmètre"));

        List<String> admittedOnes = given().queryParam("callId", call).queryParam("status", "ADMITTED").queryParam("limit", 1)
                .get(ProgrammesApi.APPLICATIONS).then().statusCode(200).extract().path("items.id");
        String next = given().queryParam("callId", call).queryParam("status", "ADMITTED").queryParam("limit", 1)
                .get(ProgrammesApi.APPLICATIONS).path("nextCursor");
        List<String> rest = given().queryParam("callId", call).queryParam("status", "ADMITTED").queryParam("limit", 1)
                .queryParam("cursor", next).get(ProgrammesApi.APPLICATIONS).path("items.id");
        assertThat(List.of(admittedOnes.get(0), rest.get(0))).containsExactlyInAnyOrder(applications.get(2), applications.get(3));

        List<ConsumerRecord<String, byte[]>> events = new TopicReader(bootstrapServers)
                .readKey(ProgrammeEvents.APPLICATION_TOPIC, applications.get(3), 3, Duration.ofSeconds(30));
        assertThat(events).extracting(r -> TopicReader.header(r, "ce_type")).containsExactly(
                "essor.programmes.application.submitted.v1", "essor.programmes.application.waitlisted.v1",
                "essor.programmes.application.admitted.v1");
        events.forEach(event -> EventSchemas.assertValid(TopicReader.header(event, "ce_type"), TopicReader.value(event)));
    }

    @Test
    void forbiddenTransitionsAreConflictsWithTheReason() {
        String call = ProgrammesApi.openCall("REALIS", 1, null);
        String id = draft(call);
        ProgrammesApi.transition(id, "review-start", null).then().statusCode(409)
                .body("detail", containsString("DRAFT"));
        ProgrammesApi.review(id, 5, 5).then().statusCode(409);
        ProgrammesApi.transition(id, "rejection", "{\"motivation\":\"non\"}").then().statusCode(409);
        ProgrammesApi.transition(id, "submission", null).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        ProgrammesApi.transition(id, "submission", null).then().statusCode(409);
        ProgrammesApi.decide(call).then().statusCode(409);
        ProgrammesApi.transition(id, "review-start", null).then().statusCode(200);
        ProgrammesApi.decide(call).then().statusCode(409).body("detail", containsString("no review"));
        ProgrammesApi.transition(id, "withdrawal", null).then().statusCode(200);
        ProgrammesApi.transition(id, "withdrawal", null).then().statusCode(409);
        ProgrammesApi.transition(id, "submission", null).then().statusCode(409);
    }

    @Test
    void correctionsAreAskedAndTheApplicantResubmits() {
        String id = readyForReview(ProgrammesApi.openCall("REALIS", 1, null));
        ProgrammesApi.transition(id, "corrections-request", "{\"note\":\"joindre les statuts\"}")
                .then().statusCode(200).body("status", equalTo("CORRECTIONS_REQUESTED"));
        ProgrammesApi.transition(id, "submission", null).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().get(ProgrammesApi.APPLICATIONS + "/{id}/history", id).then().statusCode(200)
                .body("status", equalTo(List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "CORRECTIONS_REQUESTED", "SUBMITTED")))
                .body("changedBy[0]", equalTo("programme-officer"));
    }

    @Test
    @TestSecurity(user = "programme-officer", roles = "programme-officer")
    void officersNotesStayPrivate() {
        String id = readyForReview(ProgrammesApi.openCall("REALIS", 1, null));
        given().contentType("application/json").body("{\"note\":\"dossier solide, appeler la présidente\"}")
                .post(ProgrammesApi.APPLICATIONS + "/{id}/annotations", id).then().statusCode(201);
        given().get(ProgrammesApi.APPLICATIONS + "/{id}/annotations", id).then().statusCode(200)
                .body("note", equalTo(List.of("dossier solide, appeler la présidente")));
        assertThat(given().get(ProgrammesApi.APPLICATIONS + "/{id}", id).asString()).doesNotContain("présidente");
    }

    @Test
    @TestSecurity(user = "partner", roles = "partner")
    void applicantsDoNotReadOfficersNotes() {
        given().get(ProgrammesApi.APPLICATIONS + "/{id}/annotations", java.util.UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void aReviewScoresEveryCriterionFromZeroToTen() {
        String id = readyForReview(ProgrammesApi.openCall("REALIS", 1, null));
        given().contentType("application/json").body("{\"scores\":{\"impact\":11,\"viability\":2}}")
                .post(ProgrammesApi.APPLICATIONS + "/{id}/reviews", id).then().statusCode(422);
        given().contentType("application/json").body("{\"scores\":{\"impact\":5}}")
                .post(ProgrammesApi.APPLICATIONS + "/{id}/reviews", id).then().statusCode(422);
        ProgrammesApi.transition(id, "rejection", "{\"motivation\":\"\"}").then().statusCode(400);
    }

    private String status(String id) {
        return given().get(ProgrammesApi.APPLICATIONS + "/{id}", id).path("status");
    }

    private String readyForReview(String call) {
        return readyForReview(call, "DEVELOPMENT");
    }

    private String readyForReview(String call, String stage) {
        String id = draft(call, stage);
        ProgrammesApi.transition(id, "submission", null).then().statusCode(200);
        ProgrammesApi.transition(id, "review-start", null).then().statusCode(200);
        return id;
    }

    private String draft(String call) {
        return draft(call, "DEVELOPMENT");
    }

    private String draft(String call, String stage) {
        RegistryFeed.Enterprise enterprise = RegistryFeed.Enterprise.association(LocalDate.of(2020, 5, 4), "31");
        try (RegistryFeed feed = new RegistryFeed(bootstrapServers)) {
            feed.publish(enterprise);
        }
        ProgrammesApi.awaitKnown(dataSource, enterprise.id(), 0, "REGISTERED");
        return ProgrammesApi.apply(call, enterprise.id(), stage).then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id");
    }

}
