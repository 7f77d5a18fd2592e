package org.essor.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.evaluation.events.PlanHistory;
import org.essor.evaluation.events.ScriptedStreams;
import org.essor.evaluation.events.ScriptedStreams.Scripted;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The indicators of a scripted history across the seven streams equal the figures worked out by hand; delivering it
 * out of order and with duplicates changes nothing; replaying it into a new generation gives the same figures, and
 * readers get them all along the switch.
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "evaluator", roles = "evaluator")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndicatorFiguresTest {

    /** The history in order, over 2019 and 2020; the same scrambled and repeated over 2021 and 2022. */
    static final int IN_ORDER = 2019;
    static final int SCRAMBLED = 2021;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** What the history's figures are, worked out by hand: indicator and query → value. */
    static Map<String, String> expected(int y) {
        Map<String, String> figures = new LinkedHashMap<>();
        String year = "from=" + y + "-01-01&to=" + y + "-12-31";
        String next = "from=" + (y + 1) + "-01-01&to=" + (y + 1) + "-12-31";
        figures.put("enterprises-registered?" + year, "2");
        figures.put("enterprises-registered?" + next, "1");
        figures.put("enterprises-registered?" + year + "&groupBy=departement,legal-family", "31/ASSOCIATION=1 34/COOPERATIVE=1");
        figures.put("enterprises-verified?" + year, "1");
        figures.put("esus-agreements-valid?" + year, "1");
        figures.put("esus-agreements-valid?" + year + "&groupBy=quarter", y + "-Q1=1 " + y + "-Q2=1 " + y + "-Q3=1 " + y + "-Q4=1");
        figures.put("esus-agreements-valid?" + next + "&legal-family=COOPERATIVE", "0");
        // The first agreement at the end of March, the renewal (from May) at the end of June: one agreement each time.
        figures.put("esus-agreements-valid?" + next + "&groupBy=quarter", (y + 1) + "-Q1=1 " + (y + 1) + "-Q2=1 " + (y + 1)
                + "-Q3=1 " + (y + 1) + "-Q4=1");
        figures.put("programme-applications?" + year, "2");
        figures.put("programme-applications?" + next + "&groupBy=programme", "ALTER_VENTURE=1");
        figures.put("programme-admissions?" + year, "1");
        figures.put("programme-completions?" + year, "1");
        figures.put("enterprises-created?" + year, "0");
        figures.put("coaching-hours?" + year + "&groupBy=month", y + "-05=3 " + y + "-06=4.5");
        figures.put("survival-1-year?" + year, "0.5");
        figures.put("survival-3-years?" + year, "0.5");
        figures.put("financing-applications?" + year, "2");
        figures.put("financing-applications?" + next, "1");
        figures.put("financing-approvals?" + year, "2");
        figures.put("financing-approval-rate?" + year, "1");
        figures.put("financing-approval-rate?" + next, "0");
        figures.put("amounts-approved?" + year, "45000");
        figures.put("amounts-approved?" + year + "&groupBy=instrument-kind", "GRANT=15000 LOAN=30000");
        figures.put("amounts-disbursed?" + year, "39000");
        figures.put("financing-leverage?" + year, "2");
        figures.put("jobs-to-create?" + year, "3");
        figures.put("jobs-to-consolidate?" + year, "3");
        figures.put("events-published?" + year, "1");
        figures.put("events-published?" + year + "&axis=COORDONNER", "0");
        figures.put("registrations-confirmed?" + year + "&groupBy=campaign", "MOIS_ESS_" + y + "=2");
        figures.put("event-attendance?" + year, "1");
        return figures;
    }

    @Test
    @Order(1)
    void theFiguresOfAScriptedHistoryAreTheHandComputedOnes() {
        try (ScriptedStreams streams = new ScriptedStreams(bootstrap)) {
            PlanHistory.script(streams, IN_ORDER);
            streams.send(streams.history());
        }
        awaitFigures(IN_ORDER);
    }

    @Test
    @Order(2)
    void deliveringTheHistoryOutOfOrderAndTwiceChangesNothing() {
        try (ScriptedStreams streams = new ScriptedStreams(bootstrap)) {
            PlanHistory.script(streams, SCRAMBLED);
            Random random = new Random(20_261_202L);
            List<Scripted> delivered = new ArrayList<>(streams.history());
            Collections.shuffle(delivered, random);
            List<Scripted> again = new ArrayList<>();
            for (Scripted event : delivered) {
                if (random.nextInt(3) == 0) {
                    again.add(event);
                }
            }
            delivered.addAll(again);
            Collections.shuffle(delivered, random);
            streams.send(delivered);
        }
        awaitFigures(SCRAMBLED);
    }

    @Test
    @Order(3)
    void aReplayIntoANewGenerationGivesTheSameFiguresAndReadersSeeThemAllAlong() {
        awaitFigures(IN_ORDER);
        int serving = servingGeneration();
        given().post("/api/v1/indicators/generations").then().statusCode(202);
        given().post("/api/v1/indicators/generations").then().statusCode(409);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50)).until(() -> {
            assertThat(figures(IN_ORDER)).isEqualTo(expected(IN_ORDER));
            return servingGeneration() == serving + 1;
        });
        assertThat(figures(IN_ORDER)).isEqualTo(expected(IN_ORDER));
        assertThat(figures(SCRAMBLED)).isEqualTo(expected(SCRAMBLED));
    }

    static int servingGeneration() {
        List<Map<String, Object>> generations = given().get("/api/v1/indicators/generations").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return generations.stream().filter(generation -> "SERVING".equals(generation.get("status")))
                .map(generation -> (Integer) generation.get("generation")).findFirst().orElseThrow();
    }

    static void awaitFigures(int year) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(figures(year)).isEqualTo(expected(year)));
    }

    /** The figures the API answers, in the form of {@link #expected}. */
    static Map<String, String> figures(int year) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (String query : expected(year).keySet()) {
            String code = query.substring(0, query.indexOf('?'));
            var request = given();
            for (String parameter : query.substring(query.indexOf('?') + 1).split("&")) {
                String[] pair = parameter.split("=");
                request = request.queryParam(pair[0], pair[1]);
            }
            var answer = request.get("/api/v1/indicators/" + code + "/values").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = answer.getList("items");
            List<String> groupBy = answer.getList("groupBy");
            if (groupBy.isEmpty()) {
                figures.put(query, number(answer.getString("total.value")));
            } else {
                List<String> values = new ArrayList<>();
                for (Map<String, Object> item : items) {
                    @SuppressWarnings("unchecked")
                    Map<String, String> dimensions = (Map<String, String>) item.get("dimensions");
                    values.add(String.join("/", groupBy.stream().map(dimensions::get).toList()) + "="
                            + number(String.valueOf(item.get("value"))));
                }
                figures.put(query, String.join(" ", values));
            }
        }
        return figures;
    }

    private static String number(String value) {
        return value == null || value.equals("null") ? "null" : new BigDecimal(value).stripTrailingZeros().toPlainString();
    }
}
