package org.essor.calendar.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.essor.calendar.CalendarApi;
import org.essor.testing.http.Racers;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Seats, the waiting list, cancellations that promote, check-in, deadlines; never more confirmed than the capacity. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "events-officer", roles = "events-officer")
class RegistrationTest {

    @Test
    void seatsGoFirstComeFirstServedAndACancellationPromotesTheFirstWaiting() {
        String event = CalendarApi.published(CalendarApi.eventJson("P'tit déj ESS", 2, "\"category\":\"PTIT_DEJ_ESS\""));
        String first = follow(CalendarApi.register(event, "Alice Martin", "alice@example.org", "192.0.2.1")
                .then().statusCode(201).body("status", equalTo("CONFIRMED")).body("followUrl", notNullValue()).extract().path("followUrl"));
        CalendarApi.register(event, "Bruno Petit", "bruno@example.org", "192.0.2.2").then().statusCode(201)
                .body("status", equalTo("CONFIRMED"));
        String third = follow(CalendarApi.register(event, "Chloé Roux", "chloe@example.org", "192.0.2.3").then()
                .statusCode(201).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1)).extract().path("followUrl"));
        CalendarApi.register(event, "Driss Amar", "driss@example.org", "192.0.2.4").then().statusCode(201)
                .body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(2));
        CalendarApi.register(event, "Alice M.", "ALICE@example.org", "192.0.2.5").then().statusCode(409);
        given().get(CalendarApi.EVENTS + "/" + event).then().body("seats.confirmed", equalTo(2))
                .body("seats.waitlisted", equalTo(2)).body("seats.remaining", equalTo(0));

        given().post(first + "/cancellation").then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("name", equalTo("Alice Martin"));
        given().get(third).then().statusCode(200).body("status", equalTo("CONFIRMED")).body("waitlistPosition", nullValue());
        given().get(CalendarApi.EVENTS + "/" + event).then().body("seats.confirmed", equalTo(2))
                .body("seats.waitlisted", equalTo(1));
        given().post(first + "/cancellation").then().statusCode(409);

        List<String> ids = given().get(CalendarApi.EVENTS + "/" + event + "/registrations").then().statusCode(200)
                .body("items", hasSize(4)).extract().path("items.id");
        String bruno = ids.get(1);
        given().post(CalendarApi.REGISTRATIONS + "/" + bruno + "/attendance").then().statusCode(200)
                .body("status", equalTo("ATTENDED"));
        given().post(CalendarApi.REGISTRATIONS + "/" + bruno + "/attendance").then().statusCode(409);
        given().get(CalendarApi.EVENTS + "/" + event).then().body("seats.attended", equalTo(1));
        given().get(CalendarApi.REGISTRATIONS + "/followed/not-a-secret").then().statusCode(404);
    }

    @Test
    void neverMoreConfirmedThanTheCapacityUnderConcurrentRegistrations() {
        String event = CalendarApi.published(CalendarApi.eventJson("Coventis Club", 5, "\"category\":\"COVENTIS_CLUB\""));
        List<Supplier<Integer>> racers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int n = i;
            racers.add(() -> CalendarApi.register(event, "Personne " + n, "p" + n + "@example.org", "198.51.100." + n).statusCode());
        }
        assertThat(Racers.race(racers)).containsOnly(201);
        given().get(CalendarApi.EVENTS + "/" + event).then().body("seats.confirmed", equalTo(5))
                .body("seats.waitlisted", equalTo(11));
        List<String> statuses = given().queryParam("limit", 50).get(CalendarApi.EVENTS + "/" + event + "/registrations")
                .then().extract().path("items.status");
        assertThat(statuses.stream().filter("CONFIRMED"::equals)).hasSize(5);

        // concurrent cancellations of the confirmed: each freed seat goes to exactly one waiting person
        List<String> confirmed = given().queryParam("limit", 50).get(CalendarApi.EVENTS + "/" + event + "/registrations")
                .then().extract().path("items.findAll { it.status == 'CONFIRMED' }.id");
        List<Supplier<Integer>> cancellations = confirmed.stream().map(id -> (Supplier<Integer>) () ->
                given().post(CalendarApi.REGISTRATIONS + "/" + id + "/cancellation").statusCode()).toList();
        assertThat(Racers.race(cancellations)).containsOnly(200);
        given().get(CalendarApi.EVENTS + "/" + event).then().body("seats.confirmed", equalTo(5))
                .body("seats.waitlisted", equalTo(6));
    }

    @Test
    void aCapacityRaisedGivesItsNewSeatsToTheWaitingListInOrder() {
        String event = CalendarApi.published(CalendarApi.eventJson("Rencontres de l'habitat participatif", 1,
                "\"category\":\"RENCONTRES_HABITAT_PARTICIPATIF\""));
        CalendarApi.register(event, "Olga", "olga@example.org", "192.0.2.50").then().statusCode(201);
        String second = CalendarApi.register(event, "Paul", "paul@example.org", "192.0.2.51").then().statusCode(201)
                .body("status", equalTo("WAITLISTED")).extract().path("followUrl");
        String third = CalendarApi.register(event, "Quentin", "quentin@example.org", "192.0.2.52").then().statusCode(201)
                .body("waitlistPosition", equalTo(2)).extract().path("followUrl");
        given().header("If-Match", CalendarApi.etag(event)).contentType("application/merge-patch+json")
                .body("{\"capacity\":2}").patch(CalendarApi.EVENTS + "/" + event).then().statusCode(200);
        given().get(follow(second)).then().body("status", equalTo("CONFIRMED"));
        given().get(follow(third)).then().body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        given().get(CalendarApi.EVENTS + "/" + event).then().body("seats.confirmed", equalTo(2)).body("seats.waitlisted", equalTo(1));
        given().header("If-Match", CalendarApi.etag(event)).contentType("application/merge-patch+json")
                .body("{\"capacity\":1}").patch(CalendarApi.EVENTS + "/" + event).then().statusCode(422);
    }

    @Test
    void registrationsCloseAtTheDeadlineAndWithTheEvent() {
        Instant past = Instant.now().minus(1, ChronoUnit.HOURS);
        String closed = CalendarApi.published(CalendarApi.eventJson("Forum", null, "\"registrationDeadline\":\"" + past + "\""));
        CalendarApi.register(closed, "Eva", "eva@example.org", "192.0.2.10").then().statusCode(409);
        String free = CalendarApi.published(CalendarApi.eventJson("Libre", null, "\"registrationRequired\":false"));
        CalendarApi.register(free, "Eva", "eva@example.org", "192.0.2.10").then().statusCode(409);
        String draft = CalendarApi.draft(CalendarApi.eventJson("Brouillon", null, null));
        CalendarApi.register(draft, "Eva", "eva@example.org", "192.0.2.10").then().statusCode(404);

        String cancelled = CalendarApi.published(CalendarApi.eventJson("Annulé", 1, null));
        String follow = CalendarApi.register(cancelled, "Fanny", "fanny@example.org", "192.0.2.11").then().statusCode(201)
                .extract().path("followUrl");
        CalendarApi.register(cancelled, "Gilles", "gilles@example.org", "192.0.2.12").then().statusCode(201)
                .body("status", equalTo("WAITLISTED"));
        CalendarApi.transition(cancelled, "cancellation", "{\"reason\":\"Intempéries\"}").then().statusCode(200);
        given().get(follow(follow)).then().body("status", equalTo("CANCELLED"));
        given().get(CalendarApi.EVENTS + "/" + cancelled).then().body("seats.confirmed", equalTo(0))
                .body("seats.waitlisted", equalTo(0));
        CalendarApi.register(cancelled, "Hugo", "hugo@example.org", "192.0.2.13").then().statusCode(409);
    }

    @Test
    void aPersonsDataIsErasedOnRequest() {
        String event = CalendarApi.published(CalendarApi.eventJson("Trophées", null, null));
        var created = CalendarApi.register(event, "Karim Benali", "karim@example.org", "192.0.2.20").then().statusCode(201).extract();
        String id = created.path("id");
        String follow = follow(created.path("followUrl"));
        given().post(CalendarApi.REGISTRATIONS + "/" + id + "/erasure").then().statusCode(200)
                .body("name", equalTo("erased"));
        given().get(follow).then().statusCode(404);
        given().get(CalendarApi.EVENTS + "/" + event).then().body("seats.confirmed", equalTo(1));
    }

    /** The follow-up link as the tests call it (its path, on the test's own base). */
    private static String follow(String url) {
        return url.substring(url.indexOf("/api/v1/"));
    }
}
