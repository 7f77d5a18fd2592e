package org.essor.programmes.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.programmes.ProgrammesApi;
import org.essor.programmes.events.ProgrammeEvents;
import org.essor.testing.contracts.EventSchemas;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.essor.kernel.Actor;
import org.essor.programmes.app.CallBoard;
import org.essor.programmes.domain.Criterion;
import org.essor.programmes.domain.EligibilityRules;

import io.agroal.api.AgroalDataSource;
import io.quarkus.vertx.VertxContextSupport;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class PersonApplicationTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aPersonAppliesWithoutAnAccountAndFollowsTheApplicationWithItsSecretLink() throws Exception {
        String call = yessCall();
        String email = "lea." + UUID.randomUUID() + "@example.org";
        Response created = applyAsPerson(call, email, "10.0.0.1");
        created.then().statusCode(201).body("status", equalTo("DRAFT")).body("applicantKind", equalTo("PERSON"))
                .body("followUrl", startsWith("http"));
        String follow = created.path("followUrl");
        String id = created.path("id");

        given().get(follow).then().statusCode(200).body("id", equalTo(id));
        given().header("If-Match", "\"0\"").post(follow + "/submission").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().get(follow.replaceAll("/[^/]+$", "/not-the-secret")).then().statusCode(404);
        given().get(ProgrammesApi.APPLICATIONS + "/{id}", id).then().statusCode(401);

        String event = TopicReader.value(new TopicReader(bootstrapServers)
                .readKey(ProgrammeEvents.APPLICATION_TOPIC, id, 1, Duration.ofSeconds(30)).get(0));
        EventSchemas.assertValid("essor.programmes.application.submitted.v1", event);
        assertThat(event).contains("\"applicantKind\":\"PERSON\"").doesNotContain(email).doesNotContain("Léa");

        // the same e-mail again: answered as any application, so that nobody learns who applied (see PublicFormTest)
        applyAsPerson(call, email, "10.0.0.1").then().statusCode(201);
    }

    @Test
    void onlyProgrammesForPeopleTakeThem() {
        String alterVenture = officerCall("ALTER_VENTURE");
        applyAsPerson(alterVenture, "x" + UUID.randomUUID() + "@example.org", "10.0.0.2").then().statusCode(422);
    }

    @Test
    void thePublicFormIsLimitedPerAddress() {
        String call = yessCall();
        for (int i = 0; i < 5; i++) {
            applyAsPerson(call, "p" + i + UUID.randomUUID() + "@example.org", "10.0.0.3").then().statusCode(201);
        }
        Response refused = applyAsPerson(call, "late" + UUID.randomUUID() + "@example.org", "10.0.0.3");
        refused.then().statusCode(429).contentType("application/problem+json");
        // a sliding hour: five in this hour still weigh a fifth of the next one's room after it ends
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(720, 4320);
    }

    @Test
    @TestSecurity(user = "programme-officer", roles = "programme-officer")
    void erasingAPersonLeavesTheCallsStatisticsAsTheyWereAndNothingThatIdentifiesThem() throws Exception {
        String call = yessCall();
        String email = "erase." + UUID.randomUUID() + "@example.org";
        String erased = applyAsPerson(call, email, "10.0.0.4", "31555", "circular economy").path("id");
        String keptEmail = "keep." + UUID.randomUUID() + "@example.org";
        String kept = applyAsPerson(call, keptEmail, "10.0.0.4", "34172", "short supply chains").path("id");
        ProgrammesApi.transition(erased, "submission", null).then().statusCode(200);
        Map<String, Long> before = statistics(call);
        assertThat(before).containsOnly(Map.entry("YESS_ACADEMIE SUBMITTED 31 circular economy", 1L),
                Map.entry("YESS_ACADEMIE DRAFT 34 short supply chains", 1L));

        given().post(ProgrammesApi.APPLICATIONS + "/{id}/person-erasure", erased).then().statusCode(204);

        assertThat(statistics(call)).isEqualTo(before);
        assertThat(personRow(erased)).containsExactly(null, null, null, null, "31000");
        assertThat(personRow(kept)).containsExactly("Léa Fabre", keptEmail, "0600000000", "Collecter et revendre", "34172");
        assertThat(count("SELECT count(*) FROM person_applicant WHERE lower(email) = lower(?)", email)).isZero();
        String view = given().get(ProgrammesApi.APPLICATIONS + "/{id}", erased).then().statusCode(200).extract().asString();
        assertThat(view).contains("\"departement\":\"31\"").doesNotContain("Léa").doesNotContain(email);
    }

    /** Applications of the call counted per programme, status, département and theme, as an evaluator would. */
    private Map<String, Long> statistics(String call) throws Exception {
        try (Connection connection = dataSource.getConnection(); var query = connection.prepareStatement("""
                SELECT c.programme_code || ' ' || a.status || ' ' || a.departement || ' ' || p.theme, count(*)
                FROM application a JOIN call_for_applications c ON c.id = a.call_id JOIN person_applicant p ON p.id = a.person_id
                WHERE a.call_id = ? GROUP BY 1""")) {
            query.setObject(1, UUID.fromString(call));
            Map<String, Long> counts = new HashMap<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    counts.put(row.getString(1), row.getLong(2));
                }
            }
            return counts;
        }
    }

    /** The person's name, e-mail, phone, project summary and commune code. */
    private List<String> personRow(String application) throws Exception {
        try (Connection connection = dataSource.getConnection(); var query = connection.prepareStatement("""
                SELECT p.name, p.email, p.phone, p.project_summary, p.commune_code
                FROM person_applicant p JOIN application a ON a.person_id = p.id WHERE a.id = ?""")) {
            query.setObject(1, UUID.fromString(application));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return Arrays.asList(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5));
            }
        }
    }

    private long count(String sql, String parameter) throws Exception {
        try (Connection connection = dataSource.getConnection(); var query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Inject
    CallBoard board;

    /** Opens a call directly through the use case (these tests run without a token, as the public does). */
    String officerCall(String programme) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> board.open(programme, programme + " " + UUID.randomUUID(),
                    Set.of("31", "34"), Instant.now().minusSeconds(3600), Instant.now().plusSeconds(86_400), 30,
                    new EligibilityRules(null, null, null, null, false, true),
                    List.of(new Criterion("impact", "Utilité sociale", 1)), new Actor("programme-officer"))).id().toString();
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private String yessCall() {
        return officerCall("YESS_ACADEMIE");
    }

    private Response applyAsPerson(String call, String email, String address) {
        return applyAsPerson(call, email, address, "31555", "circular economy");
    }

    private Response applyAsPerson(String call, String email, String address, String commune, String theme) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body("{\"callId\":\"" + call + "\",\"name\":\"Léa Fabre\",\"email\":\"" + email + "\",\"phone\":\"0600000000\","
                        + "\"communeCode\":\"" + commune + "\",\"projectTitle\":\"Ressourcerie de quartier\","
                        + "\"projectSummary\":\"Collecter et revendre\",\"theme\":\"" + theme + "\"}")
                .post(ProgrammesApi.APPLICATIONS + "/public");
    }
}
