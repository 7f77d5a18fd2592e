package org.essor.programmes.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
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

        applyAsPerson(call, email, "10.0.0.1").then().statusCode(409);
    }

    @Test
    void onlyProgrammesForPeopleTakeThem() {
        String realis = officerCall("REALIS");
        applyAsPerson(realis, "x" + UUID.randomUUID() + "@example.org", "10.0.0.2").then().statusCode(422);
    }

    @Test
    void thePublicFormIsLimitedPerAddress() {
        String call = yessCall();
        for (int i = 0; i < 5; i++) {
            applyAsPerson(call, "p" + i + UUID.randomUUID() + "@example.org", "10.0.0.3").then().statusCode(201);
        }
        Response refused = applyAsPerson(call, "late" + UUID.randomUUID() + "@example.org", "10.0.0.3");
        refused.then().statusCode(429).contentType("application/problem+json");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(3500, 3600);
    }

    @Test
    @TestSecurity(user = "programme-officer", roles = "programme-officer")
    void erasingAPersonKeepsThePseudonymousStatistics() throws Exception {
        String call = yessCall();
        String id = applyAsPerson(call, "erase" + UUID.randomUUID() + "@example.org", "10.0.0.4").path("id");

        given().post(ProgrammesApi.APPLICATIONS + "/{id}/person-erasure", id).then().statusCode(204);

        try (Connection connection = dataSource.getConnection();
             var query = connection.prepareStatement("""
                     SELECT p.name, p.email, p.phone, p.project_summary, p.departement, p.theme, p.erased_at
                     FROM person_applicant p JOIN application a ON a.person_id = p.id WHERE a.id = ?""")) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isNull();
                assertThat(row.getString(2)).isNull();
                assertThat(row.getString(3)).isNull();
                assertThat(row.getString(4)).isNull();
                assertThat(row.getString(5)).isEqualTo("31");
                assertThat(row.getString(6)).isEqualTo("circular economy");
                assertThat(row.getTimestamp(7)).isNotNull();
            }
        }
        given().get(ProgrammesApi.APPLICATIONS + "/{id}", id).then().statusCode(200).body("departement", equalTo("31"));
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
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body("{\"callId\":\"" + call + "\",\"name\":\"Léa Fabre\",\"email\":\"" + email + "\",\"phone\":\"0600000000\","
                        + "\"communeCode\":\"31555\",\"projectTitle\":\"Ressourcerie de quartier\","
                        + "\"projectSummary\":\"Collecter et revendre\",\"theme\":\"circular economy\"}")
                .post(ProgrammesApi.APPLICATIONS + "/public");
    }
}
