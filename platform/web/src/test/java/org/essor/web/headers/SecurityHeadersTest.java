package org.essor.web.headers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.essor.testing.quarkus.EssorTestServers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every answer forbids sniffing and framing; API answers, which may hold personal data, are never stored. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
class SecurityHeadersTest {

    @Test
    void anApiAnswerCarriesTheSecurityHeaders() {
        apiHeaders(given().get("/api/v1/widgets").then().statusCode(200));
    }

    @Test
    void aProblemCarriesThemToo() {
        apiHeaders(given().get("/api/v1/widgets/{id}", UUID.randomUUID()).then().statusCode(404));
        apiHeaders(given().contentType("application/json").body("{").post("/api/v1/widgets").then().statusCode(400));
    }

    @Test
    void theOperationsPagesAreNotFramedEither() {
        given().get("/q/openapi").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    private static void apiHeaders(ValidatableResponse answer) {
        answer.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Cache-Control", equalTo("no-store"))
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
    }
}
