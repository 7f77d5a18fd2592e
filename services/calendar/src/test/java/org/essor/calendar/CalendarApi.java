package org.essor.calendar;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.restassured.response.Response;

/** The calendar API as the tests drive it: events, their transitions with the ETag they read, registrations. */
public final class CalendarApi {

    public static final String EVENTS = "/api/v1/events";
    public static final String REGISTRATIONS = "/api/v1/registrations";

    private CalendarApi() {
    }

    /** An event in person in Toulouse, in a week, with {@code more} members added (or overriding: give them last). */
    public static String eventJson(String title, Integer capacity, String more) {
        Instant begin = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return "{\"title\":\"" + title + "\",\"description\":\"Présentation de l'ESS aux lycéens\",\"category\":\"WORKSHOP\","
                + "\"axis\":\"FAIRE_CONNAITRE\",\"organiserName\":\"CRESS Occitanie\","
                + "\"timings\":[{\"startsAt\":\"" + begin + "\",\"endsAt\":\"" + begin.plus(2, ChronoUnit.HOURS) + "\"}],"
                + "\"attendanceMode\":\"IN_PERSON\",\"venue\":{\"name\":\"Maison de la Région\",\"address\":\"2 rue de la Paix, Toulouse\","
                + "\"communeCode\":\"31555\",\"departement\":\"31\",\"latitude\":43.6045,\"longitude\":1.444},"
                + "\"accessibility\":[\"MOTOR\"],\"free\":true,\"registrationRequired\":true"
                + (capacity == null ? "" : ",\"capacity\":" + capacity) + (more == null ? "" : "," + more) + "}";
    }

    public static String draft(String json) {
        return given().contentType("application/json").body(json).post(EVENTS).then().statusCode(201).extract().path("id");
    }

    public static String etag(String id) {
        return given().get(EVENTS + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    public static Response transition(String id, String action, String body) {
        var request = given().header("If-Match", etag(id));
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.post(EVENTS + "/" + id + "/" + action);
    }

    /** A published event (drafted, submitted and published by the test's officer). */
    public static String published(String json) {
        String id = draft(json);
        transition(id, "submission", null).then().statusCode(200);
        transition(id, "publication", null).then().statusCode(200);
        return id;
    }

    /** A published event, drafted, submitted and published with a real token of an events officer. */
    public static String publishedAs(String officerToken, String json) {
        String id = given().auth().oauth2(officerToken).contentType("application/json").body(json).post(EVENTS)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(officerToken).header("If-Match", "\"0\"").post(EVENTS + "/" + id + "/submission")
                .then().statusCode(200);
        given().auth().oauth2(officerToken).header("If-Match", "\"1\"").post(EVENTS + "/" + id + "/publication")
                .then().statusCode(200);
        return id;
    }

    /** A public registration, as a person would send it from behind the ingress at {@code address}. */
    public static Response register(String eventId, String name, String email, String address) {
        return given().header("X-Forwarded-For", address).contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"email\":\"" + email + "\"}")
                .post(EVENTS + "/" + eventId + "/registrations");
    }
}
