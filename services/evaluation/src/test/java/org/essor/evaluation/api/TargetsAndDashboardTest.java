package org.essor.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.evaluation.events.PlanHistory;
import org.essor.evaluation.events.ScriptedStreams;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Evaluators' yearly targets, the progress every value shows towards them, and the plan's dashboard per axis. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "evaluator", roles = "evaluator")
class TargetsAndDashboardTest {

    static final int YEAR = 2024;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static boolean loaded;

    /** Once for the class, when the application answers. */
    @BeforeEach
    void history() {
        if (loaded) {
            return;
        }
        loaded = true;
        try (ScriptedStreams streams = new ScriptedStreams(bootstrap)) {
            PlanHistory.script(streams, YEAR);
            streams.send(streams.history());
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> "2".equals(
                given().queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31")
                        .get("/api/v1/indicators/financing-approvals/values").then().statusCode(200).extract()
                        .jsonPath().getString("total.value")));
    }

    @Test
    void aTargetGivesEveryValueOfItsYearItsProgress() {
        String location = given().contentType("application/json")
                .body("{\"indicator\":\"financing-approvals\",\"year\":" + YEAR + ",\"value\":4,\"note\":\"objectif 2024\"}")
                .post("/api/v1/indicator-targets").then().statusCode(201).header("ETag", "\"0\"")
                .body("value", equalTo(4)).extract().header("Location");
        given().contentType("application/json").body("{\"indicator\":\"financing-approvals\",\"year\":" + YEAR + ",\"value\":5}")
                .post("/api/v1/indicator-targets").then().statusCode(409).contentType("application/problem+json");
        given().contentType("application/json").body("{\"indicator\":\"no-such-indicator\",\"year\":" + YEAR + ",\"value\":5}")
                .post("/api/v1/indicator-targets").then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body("{\"indicator\":\"financing-approvals\",\"year\":" + (YEAR + 1) + ",\"value\":-1}")
                .post("/api/v1/indicator-targets").then().statusCode(400).contentType("application/problem+json");

        var values = given().queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31").queryParam("groupBy", "quarter")
                .get("/api/v1/indicators/financing-approvals/values").then().statusCode(200).extract().jsonPath();
        assertThat(values.getString("total.target")).isEqualTo("4");
        assertThat(values.getString("total.progress")).isEqualTo("0.5");
        assertThat(values.getList("items.progress").stream().map(String::valueOf).toList()).containsExactly("0.25", "0.25");
        assertThat(values.getList("freshness.topic")).containsExactly("financing.application.v1");

        given().contentType("application/merge-patch+json").body("{\"value\":8}").patch(location).then().statusCode(428);
        given().contentType("application/merge-patch+json").header("If-Match", "\"7\"").body("{\"value\":8}").patch(location)
                .then().statusCode(412);
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"value\":8}").patch(location)
                .then().statusCode(200).header("ETag", "\"1\"").body("value", equalTo(8)).body("note", equalTo("objectif 2024"));
        assertThat(given().queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31")
                .get("/api/v1/indicators/financing-approvals/values").then().extract().jsonPath().getString("total.progress"))
                .isEqualTo("0.25");
    }

    @Test
    void theDashboardShowsEachAxisFiguresOfTheYear() {
        var dashboard = given().queryParam("year", YEAR).get("/api/v1/plan-dashboard").then().statusCode(200).extract().jsonPath();
        assertThat(dashboard.getList("axes.code")).containsExactly("FAIRE_CONNAITRE", "ACCOMPAGNER", "INNOVATION_SOCIALE",
                "FINANCER", "FORMER", "RAYONNER", "COORDONNER");
        Map<String, Object> approvals = headline(dashboard, "FINANCER", "financing-approvals");
        assertThat(String.valueOf(approvals.get("value"))).isEqualTo("2");
        Map<String, Object> published = headline(dashboard, "FAIRE_CONNAITRE", "events-published");
        assertThat(String.valueOf(published.get("value"))).isEqualTo("1");
        Map<String, Object> registered = headline(dashboard, "COORDONNER", "enterprises-registered");
        assertThat(((Map<?, ?>) registered.get("baseline")).get("code")).isEqualTo("ess_employer_establishments");
        given().queryParam("year", "1999").get("/api/v1/plan-dashboard").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void badQueriesAreAnsweredWithTheParameterNamed() {
        given().queryParam("from", "2024-13-01").get("/api/v1/indicators/financing-approvals/values").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("groupBy", "colour").get("/api/v1/indicators/financing-approvals/values").then().statusCode(400);
        given().queryParam("groupBy", "campaign").get("/api/v1/indicators/financing-approvals/values").then().statusCode(400);
        given().queryParam("groupBy", "month,year").get("/api/v1/indicators/financing-approvals/values").then().statusCode(400);
        given().queryParam("from", "2024-05-01").queryParam("to", "2024-01-01")
                .get("/api/v1/indicators/financing-approvals/values").then().statusCode(400);
        given().queryParam("colour", "red").get("/api/v1/indicators/financing-approvals/values").then().statusCode(400);
        given().get("/api/v1/indicators/no-such-indicator/values").then().statusCode(404).contentType("application/problem+json");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> headline(io.restassured.path.json.JsonPath dashboard, String axis, String code) {
        List<Map<String, Object>> axes = dashboard.getList("axes");
        Map<String, Object> found = axes.stream().filter(a -> axis.equals(a.get("code"))).findFirst().orElseThrow();
        return ((List<Map<String, Object>>) found.get("headlines")).stream().filter(h -> code.equals(h.get("indicator")))
                .findFirst().orElseThrow();
    }
}
