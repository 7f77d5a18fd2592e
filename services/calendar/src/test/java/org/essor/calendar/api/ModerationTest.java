package org.essor.calendar.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;

import org.essor.calendar.CalendarApi;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** An event from its draft to publication, postponement and cancellation; each forbidden step refused with 409. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "events-officer", roles = "events-officer")
class ModerationTest {

    @Test
    void anEventIsModeratedPublishedPostponedAndCancelled() {
        String id = CalendarApi.draft(CalendarApi.eventJson("Atelier ESS et lycées", 30, null));
        given().get(CalendarApi.EVENTS + "/" + id).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("seats.capacity", equalTo(30)).body("seats.remaining", equalTo(30));
        CalendarApi.transition(id, "publication", null).then().statusCode(409).body("detail", containsString("submitted"));
        CalendarApi.transition(id, "submission", null).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        CalendarApi.transition(id, "changes-request", "{\"reason\":\"Préciser le public visé\"}").then().statusCode(200)
                .body("status", equalTo("CHANGES_REQUESTED")).body("moderationNote", equalTo("Préciser le public visé"));
        given().header("If-Match", CalendarApi.etag(id)).contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"audience\":\"Lycéens et enseignants\"}").patch(CalendarApi.EVENTS + "/" + id)
                .then().statusCode(200).body("audience", equalTo("Lycéens et enseignants"));
        CalendarApi.transition(id, "submission", null).then().statusCode(200);
        CalendarApi.transition(id, "publication", null).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        CalendarApi.transition(id, "refusal", "{\"reason\":\"trop tard\"}").then().statusCode(409);
        CalendarApi.transition(id, "postponement", "{\"reason\":\"Salle indisponible\"}").then().statusCode(200)
                .body("status", equalTo("POSTPONED"));
        CalendarApi.transition(id, "publication", null).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        CalendarApi.transition(id, "cancellation", "{\"reason\":\"Intempéries\"}").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        CalendarApi.transition(id, "postponement", "{\"reason\":\"x\"}").then().statusCode(409);
        given().header("If-Match", CalendarApi.etag(id)).contentType("application/merge-patch+json")
                .body("{\"capacity\":40}").patch(CalendarApi.EVENTS + "/" + id).then().statusCode(409);

        List<String> statuses = given().get(CalendarApi.EVENTS + "/" + id + "/history").then().statusCode(200)
                .extract().path("status");
        assertThat(statuses).containsSubsequence("DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "SUBMITTED", "PUBLISHED",
                "POSTPONED", "PUBLISHED", "CANCELLED");
    }

    @Test
    void aRefusedEventStaysUnpublished() {
        String id = CalendarApi.draft(CalendarApi.eventJson("Vente de produits", null, null));
        CalendarApi.transition(id, "submission", null).then().statusCode(200);
        CalendarApi.transition(id, "refusal", "{\"reason\":\"Hors du champ de l'ESS\"}").then().statusCode(200)
                .body("status", equalTo("REFUSED"));
        CalendarApi.transition(id, "submission", null).then().statusCode(409);
        given().queryParam("status", "REFUSED").queryParam("limit", 200).get(CalendarApi.EVENTS).then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    @TestSecurity
    void draftsAreNotPublic() {
        given().get(CalendarApi.EVENTS + "/00000000-0000-0000-0000-000000000001").then().statusCode(404);
        given().contentType("application/json").body(CalendarApi.eventJson("x", null, null)).post(CalendarApi.EVENTS)
                .then().statusCode(401);
    }

    @Test
    void anEventIsCheckedWhenDrafted() {
        given().contentType("application/json").body(CalendarApi.eventJson("Sans lieu", null,
                "\"venue\":{\"name\":\"Salle\",\"address\":\"1 rue\",\"communeCode\":\"75056\",\"departement\":\"75\"}"))
                .post(CalendarApi.EVENTS).then().statusCode(422).body("errors.field", hasItem("venue.departement"));
        given().contentType("application/json").body(CalendarApi.eventJson("Catégorie inconnue", null, "\"category\":\"NOPE\""))
                .post(CalendarApi.EVENTS).then().statusCode(422).body("errors.field", hasItem("category"));
        given().contentType("application/json").body(CalendarApi.eventJson("En ligne sans lien", null,
                "\"attendanceMode\":\"ONLINE\",\"venue\":null")).post(CalendarApi.EVENTS).then().statusCode(422)
                .body("errors.field", hasItem("onlineLink"));
        given().contentType("application/json").body(CalendarApi.eventJson("Payant sans prix", null, "\"free\":false"))
                .post(CalendarApi.EVENTS).then().statusCode(422).body("errors.field", hasItem("price"));
        given().contentType("application/json").body(CalendarApi.eventJson("Inconnu", null, "\"bogus\":1"))
                .post(CalendarApi.EVENTS).then().statusCode(400);
        String online = CalendarApi.draft(CalendarApi.eventJson("Webinaire financement", null,
                "\"attendanceMode\":\"ONLINE\",\"venue\":null,\"onlineLink\":\"https://visio.example/ess\",\"category\":\"RENCONTRES_FINANCEMENT\",\"axis\":\"FINANCER\""));
        given().get(CalendarApi.EVENTS + "/" + online).then().statusCode(200).body("onlineLink", equalTo("https://visio.example/ess"));
    }
}
