package org.essor.calendar.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.essor.calendar.CalendarApi;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** The JSON lists and their filters, the iCalendar feeds, and a campaign's reach. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "events-officer", roles = "events-officer")
class FeedAndListTest {

    @Test
    void theFeedHasStableUidsGrowingSequencesAndCancelledEvents() throws Exception {
        String campaign = "MOIS_ESS_FEED_" + System.nanoTime() % 100000;
        given().contentType("application/json").body("{\"code\":\"" + campaign + "\",\"name\":\"Mois de l'ESS\","
                + "\"category\":\"MOIS_ESS\",\"startsOn\":\"2026-11-01\",\"endsOn\":\"2026-11-30\"}").post("/api/v1/campaigns")
                .then().statusCode(201);
        String kept = CalendarApi.published(CalendarApi.eventJson("Portes ouvertes, SCOP; atelier", null,
                "\"category\":\"MOIS_ESS\",\"campaign\":\"" + campaign + "\""));
        String cancelled = CalendarApi.published(CalendarApi.eventJson("Conférence annulée", null,
                "\"category\":\"MOIS_ESS\",\"campaign\":\"" + campaign + "\""));
        String draft = CalendarApi.draft(CalendarApi.eventJson("Brouillon", null, "\"category\":\"MOIS_ESS\",\"campaign\":\""
                + campaign + "\""));

        Calendar before = feed(campaign);
        VEvent keptBefore = vevent(before, kept);
        String tag = given().queryParam("campaign", campaign).get("/api/v1/calendar.ics").then().statusCode(200)
                .extract().header("ETag");
        given().queryParam("campaign", campaign).header("If-None-Match", tag).get("/api/v1/calendar.ics").then()
                .statusCode(304);
        CalendarApi.transition(cancelled, "cancellation", "{\"reason\":\"Intempéries\"}").then().statusCode(200);
        given().header("If-Match", CalendarApi.etag(kept)).contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"title\":\"Portes ouvertes des SCOP\"}").patch(CalendarApi.EVENTS + "/" + kept).then().statusCode(200);
        Calendar after = feed(campaign);
        given().queryParam("campaign", campaign).header("If-None-Match", tag).get("/api/v1/calendar.ics").then()
                .statusCode(200);

        assertThat(after.getComponents("VTIMEZONE")).hasSize(1);
        VEvent keptAfter = vevent(after, kept);
        assertThat(keptAfter.getUid().get().getValue()).isEqualTo(keptBefore.getUid().get().getValue());
        assertThat(Integer.parseInt(keptAfter.getProperty("SEQUENCE").get().getValue()))
                .isGreaterThan(Integer.parseInt(keptBefore.getProperty("SEQUENCE").get().getValue()));
        assertThat(keptAfter.getSummary().get().getValue()).isEqualTo("Portes ouvertes des SCOP");
        assertThat(keptAfter.getProperty("DTSTART").get().getParameter("TZID").get().getValue()).isEqualTo("Europe/Paris");
        assertThat(vevent(after, cancelled).getProperty("STATUS").get().getValue()).isEqualTo("CANCELLED");
        assertThat(after.getComponents("VEVENT").stream().map(c -> c.getProperty("UID").get().getValue()))
                .noneMatch(uid -> uid.startsWith(draft));

        String one = given().get(CalendarApi.EVENTS + "/" + kept + "/calendar.ics").then().statusCode(200)
                .contentType("text/calendar").extract().asString();
        assertThat(vevent(new CalendarBuilder().build(new StringReader(one)), kept).getUid().get().getValue())
                .isEqualTo(keptAfter.getUid().get().getValue());
        given().get(CalendarApi.EVENTS + "/" + draft + "/calendar.ics").then().statusCode(404);
        given().get("/api/v1/campaigns/" + campaign).then().statusCode(200).body("events", equalTo(1))
                .body("reach[0].departement", equalTo("31")).body("reach[0].category", equalTo("MOIS_ESS"));
    }

    @Test
    @TestSecurity
    void theFeedIsPublic() throws Exception {
        String body = given().queryParam("departement", "31").get("/api/v1/calendar.ics").then().statusCode(200)
                .contentType("text/calendar").extract().asString();
        assertThat(new CalendarBuilder().build(new StringReader(body)).getComponents("VTIMEZONE")).hasSize(1);
        given().get("/api/v1/events/categories").then().statusCode(200).body("categories.code", hasItem("MOIS_ESS"))
                .body("categories.code", hasItem("WORKSHOP")).body("axes.code", hasItem("FAIRE_CONNAITRE"));
    }

    @Test
    void listsFilterByDatesPlaceCategoryTextAndDistance() {
        Instant inAMonth = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String montpellier = CalendarApi.published(CalendarApi.eventJson("Salon Coventis", null, "\"category\":\"COVENTIS\","
                + "\"keywords\":[\"achats responsables\"],\"venue\":{\"name\":\"Parc des expositions\",\"address\":\"Route de la Foire\","
                + "\"communeCode\":\"34172\",\"departement\":\"34\",\"latitude\":43.5711,\"longitude\":3.9467},"
                + "\"timings\":[{\"startsAt\":\"" + inAMonth + "\",\"endsAt\":\"" + inAMonth.plus(8, ChronoUnit.HOURS) + "\"}]"));
        String toulouse = CalendarApi.published(CalendarApi.eventJson("Atelier à Toulouse", null, null));

        List<String> near = given().queryParam("near", "43.61,3.88").queryParam("radiusKm", "20").queryParam("limit", 200)
                .get(CalendarApi.EVENTS).then().statusCode(200).extract().path("items.id");
        assertThat(near).contains(montpellier).doesNotContain(toulouse);
        given().queryParam("departement", "34").queryParam("category", "COVENTIS").queryParam("limit", 200)
                .get(CalendarApi.EVENTS).then().body("items.id", hasItem(montpellier)).body("items.id", not(hasItem(toulouse)));
        given().queryParam("q", "ACHATS").queryParam("limit", 200).get(CalendarApi.EVENTS).then().body("items.id", hasItem(montpellier));
        given().queryParam("from", inAMonth.minus(1, ChronoUnit.DAYS).toString()).queryParam("limit", 200)
                .get(CalendarApi.EVENTS).then().body("items.id", hasItem(montpellier)).body("items.id", not(hasItem(toulouse)));
        given().queryParam("updatedSince", Instant.now().minus(1, ChronoUnit.MINUTES).toString()).queryParam("limit", 200)
                .get(CalendarApi.EVENTS).then().body("items.id", hasItem(toulouse));
        given().queryParam("near", "north").get(CalendarApi.EVENTS).then().statusCode(400);
        given().queryParam("near", "43.6,1.4").queryParam("radiusKm", "0").get(CalendarApi.EVENTS).then().statusCode(400);
        given().queryParam("from", "yesterday").get(CalendarApi.EVENTS).then().statusCode(400);
    }

    private static Calendar feed(String campaign) throws Exception {
        String body = given().queryParam("campaign", campaign).get("/api/v1/calendar.ics").then().statusCode(200).extract().asString();
        return new CalendarBuilder().build(new StringReader(body));
    }

    private static VEvent vevent(Calendar calendar, String eventId) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(v -> v.getUid().get().getValue().startsWith(eventId)).findFirst().orElseThrow();
    }
}
