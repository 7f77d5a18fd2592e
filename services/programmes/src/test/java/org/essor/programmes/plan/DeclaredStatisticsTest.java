package org.essor.programmes.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.essor.programmes.ApplicantsTestSupport;
import org.essor.testing.kafka.EventEnvelopes;
import org.essor.programmes.ProgrammesApi;
import org.essor.programmes.events.CallEvents;
import org.essor.programmes.events.ProgrammeEvents;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Women founders and disability actions: declared optionally, counted over calls, never shown or published with an
 * application, and left as they were by a person's erasure.
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "programme-officer", roles = "programme-officer")
class DeclaredStatisticsTest extends ApplicantsTestSupport {

    @Test
    void theDeclarationsAreCountedOverTheCallOnlyAndSurviveErasure() {
        String call = ProgrammesApi.openCall("YESS_ACADEMIE", 1, null);
        String first = submittedPerson(call, "{\"womenFounders\":2,\"disabilityAction\":true}");
        String second = submittedPerson(call, "{\"womenFounders\":0}");
        submittedPerson(call, null);
        ApplicantKindsTest.person(call, null, "{\"womenFounders\":1}").then().statusCode(201); // a draft: not counted

        for (String id : List.of(first, second)) {
            Response application = given().get(ProgrammesApi.APPLICATIONS + "/{id}", id);
            application.then().statusCode(200);
            assertThat(application.asString()).doesNotContain("womenFounders").doesNotContain("disabilityAction");
        }
        ProgrammesApi.transition(first, "review-start", null).then().statusCode(200);
        ProgrammesApi.review(first, 9, 9).then().statusCode(200);
        ProgrammesApi.decide(call).then().statusCode(200);

        Map<String, Object> before = given().get(ProgrammesApi.CALLS + "/{id}/declared-statistics", call).then().statusCode(200)
                .body("submitted.applications", equalTo(3)).body("submitted.womenFoundersDeclaredBy", equalTo(2))
                .body("submitted.womenFounders", equalTo(2)).body("submitted.withWomenFounders", equalTo(1))
                .body("submitted.disabilityActions", equalTo(1))
                .body("admitted.applications", equalTo(1)).body("admitted.womenFounders", equalTo(2))
                .extract().as(Map.class);

        given().post(ProgrammesApi.APPLICATIONS + "/{id}/person-erasure", first).then().statusCode(204);
        given().post(ProgrammesApi.APPLICATIONS + "/{id}/person-erasure", second).then().statusCode(204);

        Map<String, Object> after = given().get(ProgrammesApi.CALLS + "/{id}/declared-statistics", call).then().statusCode(200)
                .extract().as(Map.class);
        assertThat(after).isEqualTo(before);

        List<ConsumerRecord<String, byte[]>> decided = new TopicReader(bootstrapServers)
                .readKey(CallEvents.TOPIC, call, 1, Duration.ofSeconds(30));
        EventEnvelopes.assertPublishedBy("programmes", decided);
        assertThat(TopicReader.header(decided.get(0), "ce_type")).isEqualTo("essor.programmes.call.decided.v1");
        assertThat(TopicReader.value(decided.get(0))).contains("\"womenFounders\":2").contains("\"disabilityActions\":1");
        List<ConsumerRecord<String, byte[]>> applicationEvents = new TopicReader(bootstrapServers)
                .readKey(ProgrammeEvents.APPLICATION_TOPIC, first, 2, Duration.ofSeconds(30));
        assertThat(applicationEvents).extracting(TopicReader::value)
                .allSatisfy(value -> assertThat(value).doesNotContain("womenFounders").doesNotContain("disabilityAction"));
    }

    @Test
    void aDeclarationOutOfBoundsIsRefused() {
        String call = ProgrammesApi.openCall("YESS_ACADEMIE", 1, null);
        ApplicantKindsTest.person(call, null, "{\"womenFounders\":-1}").then().statusCode(400);
        given().contentType(ContentType.JSON).get(ProgrammesApi.CALLS + "/{id}/declared-statistics",
                java.util.UUID.randomUUID()).then().statusCode(404);
    }

    private static String submittedPerson(String call, String declarations) {
        Response created = ApplicantKindsTest.person(call, null, declarations);
        created.then().statusCode(201);
        given().header("If-Match", "\"" + created.header("ETag").replace("\"", "") + "\"")
                .post(created.path("followUrl").toString() + "/submission").then().statusCode(200);
        return created.path("id");
    }
}
