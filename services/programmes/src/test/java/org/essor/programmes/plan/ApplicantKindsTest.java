package org.essor.programmes.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.essor.programmes.ApplicantsTestSupport;
import org.essor.testing.kafka.EventEnvelopes;
import org.essor.programmes.ProgrammesApi;
import org.essor.programmes.events.ProgrammeEvents;
import org.essor.testing.identifiers.TestIdentifiers;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Who may apply, as the plan says: a project in creation, an enterprise outside the register, a territorial need's taker. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "programme-officer", roles = "programme-officer")
class ApplicantKindsTest extends ApplicantsTestSupport {

    @Test
    void aProjectStillInCreationAppliesToTheCreationTrackOfRealisAndToAnIncubator() {
        String creation = ProgrammesApi.openCall("REALIS", 5, "{\"stages\":[\"EMERGENCE_CREATION\"]}");
        String extension = ProgrammesApi.openCall("REALIS", 5, "{\"stages\":[\"DEVELOPMENT\"],\"minEnterpriseAgeYears\":3}");
        String catalis = ProgrammesApi.openCall("CATALIS", 5, null);

        person(creation, null, null).then().statusCode(201).body("applicantKind", equalTo("PERSON"))
                .body("programme", equalTo("REALIS")).body("stage", equalTo("EMERGENCE_CREATION"));
        person(catalis, null, null).then().statusCode(201).body("applicantKind", equalTo("PERSON"));
        person(extension, null, null).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("callId"));
        String dla = ProgrammesApi.openCall("DLA", 5, null);
        person(dla, null, null).then().statusCode(422);
    }

    @Test
    void anEnterpriseKnownOnlyByItsSirenAppliesWhereTheProgrammeTakesIt() {
        String call = ProgrammesApi.openCall("URSCOP_TRANSMISSION_REPRISE_SCOP", 5, null);
        String siren = TestIdentifiers.siren();

        Response created = bySiren(call, siren, "34");
        created.then().statusCode(201).body("applicantKind", equalTo("UNREGISTERED_ENTERPRISE")).body("siren", equalTo(siren))
                .body("enterpriseId", nullValue()).body("departement", equalTo("34"));
        String id = created.path("id");
        bySiren(call, siren, "34").then().statusCode(409);
        ProgrammesApi.transition(id, "submission", null).then().statusCode(200).body("status", equalTo("SUBMITTED"));

        List<ConsumerRecord<String, byte[]>> events = new TopicReader(bootstrapServers)
                .readKey(ProgrammeEvents.APPLICATION_TOPIC, id, 1, Duration.ofSeconds(30));
        EventEnvelopes.assertPublishedBy("programmes", events);
        assertThat(TopicReader.value(events.get(0))).contains("\"applicantKind\":\"UNREGISTERED_ENTERPRISE\"")
                .contains("\"enterpriseId\":null").doesNotContain(siren);
    }

    @Test
    void aSirenApplicationIsRefusedWhereItCannotBeTakenAndChangesNothing() {
        String realis = ProgrammesApi.openCall("REALIS", 5, null);
        String transmission = ProgrammesApi.openCall("URSCOP_TRANSMISSION_REPRISE_SCOP", 5, null);
        String withRegisterRules = ProgrammesApi.openCall("URSCOP_TRANSMISSION_REPRISE_SCOP", 5, "{\"esusRequired\":true}");
        String siren = TestIdentifiers.siren();

        bySiren(realis, siren, "31").then().statusCode(422).body("errors[0].field", equalTo("siren"));
        bySiren(transmission, TestIdentifiers.wrongCheckDigit(siren), "31").then().statusCode(422)
                .body("errors[0].message", containsString("SIREN"));
        bySiren(transmission, siren, "75").then().statusCode(422).body("errors[0].field", equalTo("departement"));
        bySiren(withRegisterRules, siren, "31").then().statusCode(422).body("errors[0].field", equalTo("siren"));
        given().contentType(ContentType.JSON).body("{\"callId\":\"" + transmission + "\",\"siren\":\"" + siren
                        + "\",\"enterpriseId\":\"" + UUID.randomUUID() + "\",\"departement\":\"31\",\"stage\":\"DEVELOPMENT\","
                        + "\"projectTitle\":\"Reprise\"}").post(ProgrammesApi.APPLICATIONS).then().statusCode(422);
        for (String call : List.of(realis, transmission, withRegisterRules)) {
            List<?> items = given().queryParam("callId", call).get(ProgrammesApi.APPLICATIONS).then().statusCode(200)
                    .extract().path("items");
            assertThat(items).isEmpty();
        }
    }

    @Test
    void theFabriqueTakesApplicationsThatTakeUpANeedIdentifiedInTheTerritory() {
        String need = identifyNeed("FABRIQUE_A_INITIATIVES", "31").then().statusCode(201)
                .body("departement", equalTo("31")).extract().path("id");
        given().get("/api/v1/territorial-needs/{id}", need).then().statusCode(200).body("title", equalTo("Épicerie itinérante"));
        identifyNeed("REALIS", "31").then().statusCode(422);
        String call = ProgrammesApi.openCall("FABRIQUE_A_INITIATIVES", 5, null);

        person(call, need, null).then().statusCode(201).body("needId", equalTo(need)).body("applicantKind", equalTo("PERSON"));
        person(call, null, null).then().statusCode(422).body("errors[0].field", equalTo("needId"));
        person(call, UUID.randomUUID().toString(), null).then().statusCode(422).body("errors[0].field", equalTo("needId"));
        String structure = given().contentType(ContentType.JSON).body("{\"callId\":\"" + call + "\",\"enterpriseId\":\""
                        + applicants.registered("31").id() + "\",\"stage\":\"EMERGENCE_CREATION\",\"projectTitle\":\"Épicerie\","
                        + "\"needId\":\"" + need + "\"}").post(ProgrammesApi.APPLICATIONS)
                .then().statusCode(201).body("needId", equalTo(need)).extract().path("id");
        ProgrammesApi.transition(structure, "submission", null).then().statusCode(200);
        List<ConsumerRecord<String, byte[]>> events = new TopicReader(bootstrapServers)
                .readKey(ProgrammeEvents.APPLICATION_TOPIC, structure, 1, Duration.ofSeconds(30));
        EventEnvelopes.assertPublishedBy("programmes", events);
        assertThat(TopicReader.value(events.get(0))).contains("\"needId\":\"" + need + "\"");
        String realis = ProgrammesApi.openCall("REALIS", 5, null);
        person(realis, need, null).then().statusCode(422).body("errors[0].field", equalTo("needId"));
    }

    static Response identifyNeed(String programme, String departement) {
        return given().contentType(ContentType.JSON).body("{\"programme\":\"" + programme + "\",\"departement\":\"" + departement
                + "\",\"title\":\"Épicerie itinérante\",\"description\":\"Plus de commerce dans cinq villages\","
                + "\"identifiedOn\":\"" + LocalDate.now().minusDays(3) + "\"}").post("/api/v1/territorial-needs");
    }

    static Response person(String call, String need, String declarations) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", "10.78." + random.nextInt(256) + "." + random.nextInt(1, 255))
                .body("{\"callId\":\"" + call + "\",\"name\":\"Léa Fabre\",\"email\":\"p." + UUID.randomUUID() + "@example.org\","
                        + "\"communeCode\":\"31555\",\"projectTitle\":\"Ressourcerie de quartier\",\"theme\":\"circular economy\""
                        + (need == null ? "" : ",\"needId\":\"" + need + "\"")
                        + (declarations == null ? "" : ",\"declarations\":" + declarations) + "}")
                .post(ProgrammesApi.APPLICATIONS + "/public");
    }

    static Response bySiren(String call, String siren, String departement) {
        return given().contentType(ContentType.JSON).body("{\"callId\":\"" + call + "\",\"siren\":\"" + siren
                + "\",\"departement\":\"" + departement + "\",\"stage\":\"DEVELOPMENT\",\"projectTitle\":\"Reprise en SCOP\"}")
                .post(ProgrammesApi.APPLICATIONS);
    }
}
