package org.essor.programmes.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import org.essor.programmes.ProgrammesApi;
import org.essor.testing.http.ChunkedUpload;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/** Bad input is a 4xx problem naming what is wrong, never a 404 for a value or a 500. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class BadInputRefusalTest {

    @TestHTTPResource("/")
    URL server;

    @Test
    void anUnconvertibleQueryOrPathValueIsA400NamingIt() {
        badField(given().queryParam("limit", "abc").get(ProgrammesApi.CALLS), "limit");
        badField(given().queryParam("eligibleFor", "abc").get(ProgrammesApi.CALLS), "eligibleFor");
        badField(given().get(ProgrammesApi.CALLS + "/{id}", "not-a-uuid"), "id");
    }

    @Test
    @TestSecurity(user = "programme-officer", roles = "programme-officer")
    void aCursorIsRefusedByAnotherListOrWithOtherFilters() {
        ProgrammesApi.openCall("REALIS", 2, null);
        ProgrammesApi.openCall("REALIS", 2, null);
        String next = given().queryParam("limit", 1).get(ProgrammesApi.CALLS).path("nextCursor");
        assertThat(next).isNotNull();

        given().queryParam("limit", 1).queryParam("cursor", next).get(ProgrammesApi.CALLS).then().statusCode(200);
        badField(given().queryParam("programme", "REALIS").queryParam("cursor", next).get(ProgrammesApi.CALLS), "cursor");
        badField(given().queryParam("cursor", next).get(ProgrammesApi.APPLICATIONS), "cursor");
    }

    @Test
    void thePublicFormRefusesAChunkedBodyOverTheLimitAsItArrives() throws Exception {
        try (ChunkedUpload upload = new ChunkedUpload(server)) {
            upload.start(ProgrammesApi.APPLICATIONS + "/public", "application/json");
            for (int i = 0; i < 17; i++) {
                upload.chunk(64 * 1024);
            }

            String answer = upload.readUntilClosed(); // the body never ends: only a refusal answers

            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("application/problem+json")
                    .contains("\"correlationId\"");
        }
    }

    private static void badField(Response answer, String field) {
        answer.then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }
}
