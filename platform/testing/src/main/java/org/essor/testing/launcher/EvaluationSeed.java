package org.essor.testing.launcher;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The evaluation's demo data: the evaluators' targets of the year for a few headline indicators, then the plan's
 * dashboard once the other services' seeded events have reached it, one line per axis. Loading it twice changes
 * nothing.
 */
final class EvaluationSeed {

    /** Headline targets of the year: indicator → value. */
    private static final Map<String, Integer> TARGETS = new LinkedHashMap<>();

    static {
        TARGETS.put("enterprises-registered", 1000);
        TARGETS.put("programme-admissions", 60);
        TARGETS.put("financing-approvals", 40);
        TARGETS.put("amounts-approved", 1_500_000);
        TARGETS.put("events-published", 150);
        TARGETS.put("registrations-confirmed", 3000);
    }

    private final EssorApi api;
    private final String evaluation;

    EvaluationSeed(EssorApi api, String evaluation) {
        this.api = api;
        this.evaluation = evaluation;
    }

    void run() {
        String evaluator = api.token("evaluator");
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        JsonNode existing = api.getJson(evaluation + "/indicator-targets?year=" + year, evaluator);
        if (existing.size() > 0) {
            DemoSeed.say("  evaluation: the targets of " + year + " are already set");
        } else {
            TARGETS.forEach((indicator, value) -> api.post(evaluation + "/indicator-targets", evaluator,
                            EssorApi.json(Map.of("indicator", indicator, "year", year, "value", value,
                                    "note", "objectif de démonstration")), null)
                    .expectSuccess("The target of " + indicator));
            DemoSeed.say("  evaluation: targets of " + year + " set for " + TARGETS.size() + " headline indicators");
        }
        JsonNode dashboard = awaitFigures(evaluator);
        for (JsonNode axis : dashboard.path("axes")) {
            StringBuilder line = new StringBuilder("  evaluation: axis " + axis.path("number").asInt() + " "
                    + axis.path("code").asText() + ":");
            int shown = 0;
            for (JsonNode headline : axis.path("headlines")) {
                if (headline.path("value").isNumber() && headline.path("value").decimalValue().signum() != 0 && shown < 3) {
                    line.append(shown++ == 0 ? " " : ", ").append(headline.path("indicator").asText()).append(' ')
                            .append(headline.path("value").decimalValue().stripTrailingZeros().toPlainString());
                }
            }
            DemoSeed.say(shown == 0 ? line + " nothing yet" : line.toString());
        }
    }

    /** The dashboard once the seeded events have reached it (a figure of the year above zero), waiting at most a minute. */
    private JsonNode awaitFigures(String evaluator) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        JsonNode dashboard = api.getJson(evaluation + "/plan-dashboard", evaluator);
        while (Instant.now().isBefore(deadline) && !hasFigures(dashboard)) {
            DemoSeed.pause(Duration.ofSeconds(2));
            dashboard = api.getJson(evaluation + "/plan-dashboard", evaluator);
        }
        return dashboard;
    }

    private static boolean hasFigures(JsonNode dashboard) {
        for (JsonNode axis : dashboard.path("axes")) {
            for (JsonNode headline : axis.path("headlines")) {
                if (headline.path("value").isNumber() && headline.path("value").decimalValue().signum() > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
