package org.essor.testing.launcher;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The financing service's demo data, through its API as finance officers and partners would: applications in every
 * state, a budget envelope close to exhaustion, an honour loan with its schedule and one missed instalment, a called
 * guarantee. Loading it twice changes nothing.
 */
final class FinancingSeed {

    static final String DEMO_PURPOSE = "Projet de démonstration";

    private final EssorApi api;
    private final String registry;
    private final String financing;
    private String officer;

    FinancingSeed(EssorApi api, String registry, String financing) {
        this.api = api;
        this.registry = registry;
        this.financing = financing;
    }

    void run() {
        officer = api.token("finance-officer");
        for (JsonNode application : api.getJson(financing + "/financing-applications?limit=200", officer).path("items")) {
            if (application.path("purpose").asText().startsWith(DEMO_PURPOSE)) {
                DemoSeed.say("  financing: the demo applications are already there");
                return;
            }
        }
        List<String> enterprises = new ArrayList<>();
        api.getJson(registry + "/enterprises?limit=40&status=REGISTERED", api.token("evaluator")).path("items")
                .forEach(item -> enterprises.add(item.path("id").asText()));
        if (enterprises.size() < 14) {
            throw new LauncherException("The registry holds too few registered enterprises to apply with (14 needed)");
        }
        awaitRegistryEvents(enterprises.get(enterprises.size() - 1));
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        String envelope = api.post(financing + "/budget-envelopes", officer, EssorApi.json(Map.of(
                "instrumentCode", "PASS_OCCITANIE", "year", year, "amount", 60000)), null)
                .expectSuccess("Opening the PASS Occitanie envelope").json().path("id").asText();

        String id = draft(enterprises.get(0), "PASS_OCCITANIE", 12000);
        DemoSeed.say("  financing: a draft (" + id + ")");
        submitted(draft(enterprises.get(1), "PASS_OCCITANIE", 15000));
        inReview(draft(enterprises.get(2), "FONDS_CONFIANCE", 18000));
        String corrections = inReview(draft(enterprises.get(3), "FONDS_CONFIANCE", 9000));
        step(corrections, "corrections-request", Map.of("reason", "Joindre le compte de résultat du dernier exercice"));
        toCommittee(draft(enterprises.get(4), "FONDS_AMORCAGE_ASSOCIATIF", 8000));
        String rejected = toCommittee(draft(enterprises.get(5), "FONDS_CONFIANCE", 20000));
        step(rejected, "rejection", Map.of("motivation", "Le modèle économique n'est pas encore établi"));
        String closed = submitted(draft(enterprises.get(6), "FONDS_CONFIANCE", 7000));
        step(closed, "closure", Map.of("reason", "Le porteur a trouvé un autre financement"));

        // the PASS Occitanie envelope: 55,000 of its 60,000 committed
        approved(draft(enterprises.get(7), "PASS_OCCITANIE", 20000), 20000);
        String contracted = approved(draft(enterprises.get(8), "PASS_OCCITANIE", 20000), 18000);
        step(contracted, "contract", Map.of());
        String disbursed = approved(draft(enterprises.get(9), "PASS_OCCITANIE", 17000), 17000);
        step(disbursed, "contract", Map.of());
        step(disbursed, "disbursements", Map.of("amount", 10000, "paidOn", LocalDate.now().minusDays(20).toString()));
        step(disbursed, "disbursements", Map.of("amount", 7000, "paidOn", LocalDate.now().minusDays(5).toString()));
        JsonNode pass = api.getJson(financing + "/budget-envelopes/" + envelope, officer);
        DemoSeed.say("  financing: PASS Occitanie " + year + ": " + euros(pass.path("committed")) + " committed of "
                + euros(pass.path("amount")) + " (" + euros(pass.path("remaining")) + " left)");

        String loan = approved(draft(enterprises.get(10), "PRET_HONNEUR_INITIATIVE", 12000), 12000);
        LocalDate start = LocalDate.now().minusMonths(2).minusDays(3);
        step(loan, "contract", Map.of("repayment", Map.of("startsOn", start.toString(), "durationMonths", 24,
                "deferralMonths", 0, "periodicity", "MONTHLY")));
        step(loan, "disbursements", Map.of("amount", 12000, "paidOn", start.toString()));
        step(loan, "repayments", Map.of("amount", 500, "receivedOn", start.plusMonths(1).toString()));
        awaitMissedInstalment(loan);

        String guarantee = approved(draftGuarantee(enterprises.get(11)), 26000);
        step(guarantee, "contract", Map.of());
        step(guarantee, "loan-balance", Map.of("outstandingBalance", 32000));
        step(guarantee, "guarantee-claims", Map.of("outstandingBalance", 30000,
                "calledOn", LocalDate.now().minusDays(2).toString()));
        DemoSeed.say("  financing: a guarantee of the Garantie France Active called by its lender (" + guarantee + ")");
        DemoSeed.say("  financing: 12 applications (draft, submitted, in review, corrections requested, committee, rejected, closed, "
                + "approved, contracted, disbursed, a loan repaying, a called guarantee)");
    }

    private String draft(String enterprise, String instrument, int amount) {
        return api.post(financing + "/financing-applications", officer, EssorApi.json(Map.of("enterpriseId", enterprise,
                        "instrumentCode", instrument, "requestedAmount", amount, "purpose", DEMO_PURPOSE + " : développement",
                        "projectBudget", amount * 3, "jobsToCreate", amount / 6000, "jobsToConsolidate", 2)), null)
                .expectSuccess("A financing application to " + instrument).json().path("id").asText();
    }

    private String draftGuarantee(String enterprise) {
        return api.post(financing + "/financing-applications", officer, EssorApi.json(Map.of("enterpriseId", enterprise,
                        "instrumentCode", "GARANTIE_FRANCE_ACTIVE", "purpose", DEMO_PURPOSE + " : prêt bancaire d'équipement",
                        "jobsToCreate", 1, "jobsToConsolidate", 4, "guaranteedLoan",
                        Map.of("amount", 40000, "lender", "Crédit Coopératif", "rate", 65))), null)
                .expectSuccess("A guarantee application").json().path("id").asText();
    }

    private String submitted(String id) {
        step(id, "submission", null);
        return id;
    }

    private String inReview(String id) {
        submitted(id);
        step(id, "instruction", Map.of("instructor", "Claire Martin"));
        return id;
    }

    private String toCommittee(String id) {
        inReview(id);
        step(id, "committee", null);
        return id;
    }

    private String approved(String id, int granted) {
        toCommittee(id);
        step(id, "approval", Map.of("grantedAmount", granted, "conditions", "Versement en deux tranches"));
        return id;
    }

    /** A transition at the file's current version. */
    private void step(String id, String action, Map<String, ?> body) {
        long version = api.getJson(financing + "/financing-applications/" + id, officer).path("version").asLong();
        api.post(financing + "/financing-applications/" + id + "/" + action, officer, body == null ? null : EssorApi.json(body),
                version).expectSuccess("The " + action + " of application " + id);
    }

    /** The service decides eligibility from its projection of the registry's events: wait until it is there. */
    private void awaitRegistryEvents(String enterprise) {
        Instant start = Instant.now();
        Instant deadline = start.plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (api.get(financing + "/instruments?limit=1&eligibleFor=" + enterprise, officer).ok()) {
                DemoSeed.say("  financing: the registry's events reached the financing service ("
                        + Duration.between(start, Instant.now()).toSeconds() + " s)");
                return;
            }
            DemoSeed.pause(Duration.ofSeconds(1));
        }
        throw new LauncherException("The registry's events did not reach the financing service within 2 minutes");
    }

    /** The arrears watch finds the missed instalment on its next round (every minute under the launcher). */
    private void awaitMissedInstalment(String loan) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode instalment : api.getJson(financing + "/financing-applications/" + loan + "/repayment-schedule", officer)
                    .path("instalments")) {
                if (!instalment.path("missedOn").isMissingNode() && !instalment.path("missedOn").isNull()) {
                    DemoSeed.say("  financing: an honour loan repaying, instalment " + instalment.path("number").asInt()
                            + " missed (" + loan + ")");
                    return;
                }
            }
            DemoSeed.pause(Duration.ofSeconds(1));
        }
        DemoSeed.say("  financing: the honour loan's missed instalment was not found yet; the arrears watch will find it ("
                + loan + ")");
    }

    private static String euros(JsonNode amount) {
        return String.format(java.util.Locale.ROOT, "%.2f €", amount.asDouble());
    }
}
