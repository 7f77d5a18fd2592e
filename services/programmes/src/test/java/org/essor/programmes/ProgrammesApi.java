package org.essor.programmes;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.util.UUID;

import javax.sql.DataSource;

import org.essor.testing.kafka.RegistryFeed;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Calls of the programmes API used across tests (as whoever the test authenticates). */
public final class ProgrammesApi {

    public static final String CALLS = "/api/v1/calls";
    public static final String APPLICATIONS = "/api/v1/programme-applications";

    private ProgrammesApi() {
    }

    /** A call of {@code programme} open now in Haute-Garonne and Hérault, with two weighted criteria. */
    public static String callJson(String programme, int seats, String eligibility) {
        return "{\"programme\":\"" + programme + "\",\"title\":\"" + programme + " promotion " + System.nanoTime() + "\","
                + "\"departements\":[\"31\",\"34\"],\"opensAt\":\"" + OffsetDateTime.now().minusDays(1) + "\","
                + "\"closesAt\":\"" + OffsetDateTime.now().plusDays(30) + "\",\"seats\":" + seats + ","
                + (eligibility == null ? "" : "\"eligibility\":" + eligibility + ",")
                + "\"criteria\":[{\"code\":\"impact\",\"label\":\"Utilité sociale\",\"weight\":3},"
                + "{\"code\":\"viability\",\"label\":\"Viabilité économique\",\"weight\":1}]}";
    }

    public static String openCall(String programme, int seats, String eligibility) {
        return given().contentType(ContentType.JSON).body(callJson(programme, seats, eligibility)).post(CALLS)
                .then().statusCode(201).extract().path("id");
    }

    public static Response apply(String callId, UUID enterpriseId, String stage) {
        return given().contentType(ContentType.JSON).body("{\"callId\":\"" + callId + "\",\"enterpriseId\":\"" + enterpriseId
                + "\",\"stage\":\"" + stage + "\",\"projectTitle\":\"Une recyclerie solidaire\"}").post(APPLICATIONS);
    }

    public static long version(String applicationId) {
        return Long.parseLong(given().get(APPLICATIONS + "/{id}", applicationId).header("ETag").replace("\"", ""));
    }

    public static Response transition(String applicationId, String transition, String body) {
        var request = given().header("If-Match", "\"" + version(applicationId) + "\"");
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post(APPLICATIONS + "/{id}/" + transition, applicationId);
    }

    /** The committee's decision on the call, with the call's current ETag. */
    public static Response decide(String callId) {
        return given().header("If-Match", callVersion(callId)).post(CALLS + "/{id}/decision", callId);
    }

    /** The call's ETag, as If-Match takes it. */
    public static String callVersion(String callId) {
        return given().get(CALLS + "/{id}", callId).then().statusCode(200).extract().header("ETag");
    }

    public static Response review(String applicationId, int impact, int viability) {
        return given().contentType(ContentType.JSON)
                .body("{\"scores\":{\"impact\":" + impact + ",\"viability\":" + viability + "},\"comment\":\"vu\"}")
                .post(APPLICATIONS + "/{id}/reviews", applicationId);
    }

    /** Waits until the registry projection knows the enterprise at least at {@code version}. */
    public static void awaitKnown(DataSource dataSource, UUID enterpriseId, long version, String status) {
        RegistryFeed.awaitKnown(dataSource, enterpriseId, version, status);
    }
}
