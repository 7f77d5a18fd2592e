package org.essor.programmes.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.essor.programmes.ProgrammesApi;
import org.essor.testing.kafka.RegistryFeed;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Calls, enterprises and applications built through the API with real tokens, and what the security tests compare:
 * an application's state as an officer reads it, and a refusal's problem with the id it names taken out.
 */
final class Dossiers {

    private final String bootstrapServers;
    private final DataSource dataSource;

    Dossiers(String bootstrapServers, DataSource dataSource) {
        this.bootstrapServers = bootstrapServers;
        this.dataSource = dataSource;
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** A call of {@code programme} open now in Haute-Garonne and Hérault, opened by a programme officer. */
    static String openCall(String programme, int seats) {
        return as(Tokens.officer()).contentType(ContentType.JSON).body(ProgrammesApi.callJson(programme, seats, null))
                .post(ProgrammesApi.CALLS).then().statusCode(201).extract().path("id");
    }

    /** An association of the register with this SIREN and an establishment in Haute-Garonne, known to the service. */
    UUID enterprise(String siren) {
        RegistryFeed.Enterprise enterprise = RegistryFeed.Enterprise.association(LocalDate.of(2020, 5, 4), "31").withSiren(siren);
        try (RegistryFeed feed = new RegistryFeed(bootstrapServers)) {
            feed.publish(enterprise);
        }
        ProgrammesApi.awaitKnown(dataSource, enterprise.id(), 0, "REGISTERED");
        return enterprise.id();
    }

    static Response apply(String token, String call, UUID enterprise) {
        return as(token).contentType(ContentType.JSON).body("{\"callId\":\"" + call + "\",\"enterpriseId\":\"" + enterprise
                + "\",\"stage\":\"DEVELOPMENT\",\"projectTitle\":\"Une recyclerie solidaire\"}").post(ProgrammesApi.APPLICATIONS);
    }

    /** A draft application of the enterprise, created with {@code token}. */
    static String draft(String token, String call, UUID enterprise) {
        return apply(token, call, enterprise).then().statusCode(201).extract().path("id");
    }

    /** A transition with the application's current ETag, as {@code token}. */
    static Response transition(String token, String application, String transition, String body) {
        RequestSpecification request = as(token).header("If-Match", "\"" + version(application) + "\"");
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post(ProgrammesApi.APPLICATIONS + "/{id}/" + transition, application);
    }

    static long version(String application) {
        return Long.parseLong(as(Tokens.officer()).get(ProgrammesApi.APPLICATIONS + "/{id}", application).then().statusCode(200)
                .extract().header("ETag").replace("\"", ""));
    }

    /** What an officer reads of the application: its view and its history (to prove a refused request changed nothing). */
    static String stateOf(String application) {
        String officer = Tokens.officer();
        return as(officer).get(ProgrammesApi.APPLICATIONS + "/{id}", application).then().statusCode(200).extract().asString()
                + as(officer).get(ProgrammesApi.APPLICATIONS + "/{id}/history", application).then().statusCode(200).extract().asString();
    }

    /** A 404 problem's type, title, status and detail. */
    static Map<String, Object> notFound(Response answer) {
        return notFound(answer, null);
    }

    /** A 404 problem's type, title, status and detail, with the id it names (when not null) replaced by {id}. */
    static Map<String, Object> notFound(Response answer, Object id) {
        answer.then().statusCode(404).contentType("application/problem+json");
        Map<String, Object> problem = new LinkedHashMap<>();
        for (String member : List.of("type", "title", "status", "detail")) {
            Object value = answer.path(member);
            assertThat(value).as(member).isNotNull();
            problem.put(member, id == null ? value.toString() : value.toString().replace(id.toString(), "{id}"));
        }
        return problem;
    }
}
