package org.essor.web.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.essor.testing.quarkus.EssorTestServers;
import org.essor.web.testapp.Widgets;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
class ProblemAnswersTest {

    static final String CORRELATION_ID = "[0-9a-f]{32}";

    @Test
    void anInvalidBodyIsA400ListingEachField() {
        given().contentType(ContentType.JSON).body("{\"name\":\" \",\"size\":0}")
                .post("/api/v1/widgets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://essor.example/problems/validation"))
                .body("title", notNullValue())
                .body("status", equalTo(400))
                .body("detail", equalTo("2 fields are not valid"))
                .body("errors.field", hasItems("name", "size"))
                .body("instance", equalTo("/api/v1/widgets"));
    }

    @Test
    void anUnknownPropertyIsA400NamingIt() {
        given().contentType(ContentType.JSON).body("{\"name\":\"a\",\"size\":1,\"colour\":\"red\"}")
                .post("/api/v1/widgets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("unknown property"));
    }

    @Test
    void aValueOfTheWrongTypeIsA400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"a\",\"size\":\"big\"}")
                .post("/api/v1/widgets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void aMalformedDomainValueIsA400NamingTheField() {
        given().contentType(ContentType.JSON).body(Widgets.json("a/b", 1))
                .post("/api/v1/widgets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("may not contain '/'"));
    }

    @Test
    void malformedJsonIsA400() {
        given().contentType(ContentType.JSON).body("{\"name\": ")
                .post("/api/v1/widgets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://essor.example/problems/malformed"));
    }

    @Test
    void anUnknownResourceIsA404() {
        given().get("/api/v1/widgets/{id}", "5b0a3c4e-8a5e-4e0e-9f7e-0c1f3a1b2c3d")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("5b0a3c4e"));
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("correlationId", matchesPattern(CORRELATION_ID));
    }

    @Test
    void aWrongMethodIsA405() {
        given().delete("/api/v1/widgets").then().statusCode(405).contentType("application/problem+json")
                .body("correlationId", matchesPattern(CORRELATION_ID));
    }

    @Test
    void anUnsupportedMediaTypeIsA415() {
        given().contentType(ContentType.TEXT).body("name=a")
                .post("/api/v1/widgets")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415))
                .body("correlationId", matchesPattern(CORRELATION_ID));
    }

    @Test
    void anUnacceptableMediaTypeIsA406() {
        given().accept("text/csv").get("/api/v1/widgets")
                .then().statusCode(406).contentType("application/problem+json")
                .body("correlationId", matchesPattern(CORRELATION_ID));
    }

    @Test
    void anUnconvertibleQueryOrPathValueIsA400NamingTheParameter() {
        given().queryParam("limit", "abc").get("/api/v1/widgets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit")).body("errors[0].message", equalTo("a whole number"))
                .body("correlationId", matchesPattern(CORRELATION_ID));
        given().queryParam("minSize", "99999999999").get("/api/v1/widgets")
                .then().statusCode(400).body("errors[0].field", equalTo("minSize"));
        given().get("/api/v1/widgets/{id}", "not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("id"));
    }

    @Test
    void aBodyOverTheLimitIsA413WithItsCorrelationId() {
        given().contentType(ContentType.JSON).body(Widgets.json("x".repeat(4096), 1))
                .post("/api/v1/widgets")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://essor.example/problems/payload-too-large"))
                .body("correlationId", matchesPattern(CORRELATION_ID));
    }

    @Test
    void aStateConflictIsA409AndARefusedRuleA422() {
        String small = Widgets.createdId("archivable", 3);
        given().header("If-Match", "\"0\"").post("/api/v1/widgets/{id}/archive", small).then().statusCode(200);
        given().header("If-Match", "\"1\"").post("/api/v1/widgets/{id}/archive", small)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("archived"));

        String large = Widgets.createdId("too large", 900);
        given().header("If-Match", "\"0\"").post("/api/v1/widgets/{id}/archive", large)
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }

    @Test
    void aUniqueViolationOnTheSqlClientIsA409NamingTheConstraint() {
        given().post("/api/v1/widgets/duplicate-key")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://essor.example/problems/conflict"))
                .body("detail", equalTo("This would duplicate something that exists already (widget_key_pkey)"));
    }

    @Test
    void anUnexpectedFailureIsA500ThatLeaksNothingAndCarriesTheCorrelationId() {
        given().header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .get("/api/v1/widgets/failure")
                .then().statusCode(500).contentType("application/problem+json")
                .body("detail", not(containsString("secret")))
                .body("correlationId", equalTo("0af7651916cd43dd8448eb211c80319c"))
                .header("X-Correlation-Id", equalTo("0af7651916cd43dd8448eb211c80319c"));
    }

    @Test
    void everyAnswerCarriesACorrelationId() {
        given().get("/api/v1/widgets").then().statusCode(200).header("X-Correlation-Id", matchesPattern("[0-9a-f]{32}"));
    }
}
