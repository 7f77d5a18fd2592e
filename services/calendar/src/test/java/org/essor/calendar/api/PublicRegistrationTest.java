package org.essor.calendar.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.essor.calendar.CalendarApi;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.essor.testing.quarkus.SharedKeycloak;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Registrations as people send them, without an account, each from their own address behind the ingress. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class PublicRegistrationTest {

    @Test
    void anIdempotencyKeyReplaysOnlyTheSameCallersOwnRegistration() {
        String event = CalendarApi.publishedAs(SharedKeycloak.tokenOf("events-officer"),
                CalendarApi.eventJson("Mix'Idées", null, "\"category\":\"MIX_IDEES\""));
        String body = "{\"name\":\"Inès\",\"email\":\"ines@example.org\"}";
        var first = given().header("X-Forwarded-For", "203.0.113.7").header("Idempotency-Key", "same-key-123456")
                .contentType("application/json").body(body).post(CalendarApi.EVENTS + "/" + event + "/registrations");
        first.then().statusCode(201);
        given().header("X-Forwarded-For", "203.0.113.7").header("Idempotency-Key", "same-key-123456")
                .contentType("application/json").body(body).post(CalendarApi.EVENTS + "/" + event + "/registrations")
                .then().statusCode(201).body("id", equalTo(first.path("id")));
        // another person, elsewhere, with the same key: their own registration, never the first one's answer
        given().header("X-Forwarded-For", "203.0.113.99").header("Idempotency-Key", "same-key-123456")
                .contentType("application/json").body("{\"name\":\"Jules\",\"email\":\"jules@example.org\"}")
                .post(CalendarApi.EVENTS + "/" + event + "/registrations")
                .then().statusCode(201).body("name", equalTo("Jules"));
    }

    @Test
    void theFollowUpLinkIsTheOnlyWayInWithoutAnAccount() {
        String event = CalendarApi.publishedAs(SharedKeycloak.tokenOf("events-officer"),
                CalendarApi.eventJson("Forum", null, null));
        String id = CalendarApi.register(event, "Lou", "lou@example.org", "203.0.113.50").then().statusCode(201)
                .extract().path("id");
        given().get(CalendarApi.REGISTRATIONS + "/" + id).then().statusCode(401);
        given().get(CalendarApi.EVENTS + "/" + event + "/registrations").then().statusCode(401);
        given().post(CalendarApi.REGISTRATIONS + "/" + id + "/cancellation").then().statusCode(401);
    }
}
