package org.essor.programmes.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.essor.programmes.security.Dossiers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.essor.programmes.ProgrammesApi;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The public form answers the same whether or not an e-mail already applied, so that nobody learns who applied;
 * officers see the second application flagged as a possible duplicate of the first.
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class PublicFormTest {

    @Test
    void anEMailThatAlreadyAppliedGetsTheSameAnswerAndOfficersSeeThePossibleDuplicate() {
        String call = Dossiers.openCall("YESS_ACADEMIE", 10);
        String email = "lea." + UUID.randomUUID() + "@example.org";
        String address = PublicFormTest.someAddress();

        Response first = applyAsPerson(call, email, address);
        Response again = applyAsPerson(call, email.toUpperCase(), address);
        Response newcomer = applyAsPerson(call, "other." + UUID.randomUUID() + "@example.org", address);

        for (Response answer : new Response[] {first, again, newcomer}) {
            answer.then().statusCode(201).contentType(ContentType.JSON).body("status", equalTo("DRAFT"))
                    .body("possibleDuplicateOf", nullValue());
        }
        assertThat(shape(again)).isEqualTo(shape(first)).isEqualTo(shape(newcomer));
        given().get(again.path("followUrl").toString()).then().statusCode(200).body("id", equalTo(again.path("id")));

        String officer = Tokens.officer();
        as(officer).get(ProgrammesApi.APPLICATIONS + "/{id}", again.path("id").toString()).then().statusCode(200)
                .body("possibleDuplicateOf", equalTo(first.path("id")));
        as(officer).get(ProgrammesApi.APPLICATIONS + "/{id}", first.path("id").toString()).then().statusCode(200)
                .body("possibleDuplicateOf", nullValue());
        as(officer).get(ProgrammesApi.APPLICATIONS + "/{id}", newcomer.path("id").toString()).then().statusCode(200)
                .body("possibleDuplicateOf", nullValue());
    }

    /** The status, headers and fields of an answer, without their values. */
    private static Map<String, Object> shape(Response answer) {
        Map<String, Object> body = answer.path("");
        return Map.of("status", answer.statusCode(), "fields", body.keySet(),
                "headers", List.of(answer.header("Location") != null, answer.header("ETag") != null));
    }

    /** A network address of its own, so that the per-address limit of other tests does not count against this one. */
    static String someAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10.77." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    static Response applyAsPerson(String call, String email, String address) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body("{\"callId\":\"" + call + "\",\"name\":\"Léa Fabre\",\"email\":\"" + email + "\",\"phone\":\"0600000000\","
                        + "\"communeCode\":\"31555\",\"projectTitle\":\"Ressourcerie de quartier\","
                        + "\"projectSummary\":\"Collecter et revendre\",\"theme\":\"circular economy\"}")
                .post(ProgrammesApi.APPLICATIONS + "/public");
    }
}
