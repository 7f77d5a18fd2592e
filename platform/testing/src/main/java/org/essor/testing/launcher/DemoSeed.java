package org.essor.testing.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo data of the local platform, loaded through the services' APIs as a partner would: generated enterprises
 * through the registry's bulk import, then, once the registry's events reached the programmes service, a call of each
 * programme with applications in every state, the financing service's files ({@link FinancingSeed}) and the
 * calendar's events ({@link CalendarSeed}). Loading it
 * twice changes nothing: what is there is said and kept.
 */
final class DemoSeed {

    static final String DEMO_CALL_TITLE = "appel de démonstration";
    private static final List<String> ALL_DEPARTEMENTS = List.of("09", "11", "12", "30", "31", "32", "34", "46", "48", "65",
            "66", "81", "82");

    private final EssorApi api;
    private final String registry;
    private final String programmes;
    private final String financing;
    private final String calendar;
    private final String evaluation;

    DemoSeed(EssorApi api, String registryUrl, String programmesUrl, String financingUrl, String calendarUrl,
             String evaluationUrl) {
        this.api = api;
        this.registry = registryUrl + "/api/v1";
        this.programmes = programmesUrl == null || programmesUrl.isBlank() ? null : programmesUrl + "/api/v1";
        this.financing = financingUrl == null || financingUrl.isBlank() ? null : financingUrl + "/api/v1";
        this.calendar = calendarUrl == null || calendarUrl.isBlank() ? null : calendarUrl + "/api/v1";
        this.evaluation = evaluationUrl == null || evaluationUrl.isBlank() ? null : evaluationUrl + "/api/v1";
    }

    void run(Path importFile) throws IOException {
        seedRegistry(importFile);
        if (programmes != null) {
            seedProgrammes();
        }
        if (financing != null) {
            new FinancingSeed(api, registry, financing).run();
        }
        if (calendar != null) {
            new CalendarSeed(api, calendar).run();
        }
        if (evaluation != null) {
            new EvaluationSeed(api, evaluation).run();
        }
    }

    private void seedRegistry(Path importFile) throws IOException {
        String officer = api.token("registry-officer");
        List<String> lines = Files.readAllLines(importFile, StandardCharsets.UTF_8);
        String lastSiret = lines.get(lines.size() - 1).split(",", 3)[1];
        if (api.get(registry + "/enterprises/by-siret/" + lastSiret, officer).status() == 200) {
            say("  registry: the demo enterprises are already there (establishment " + lastSiret + " is registered)");
            return;
        }
        say("  registry: importing " + (lines.size() - 1) + " establishments of generated enterprises");
        String location = api.postFile(registry + "/enterprise-imports?fileName=demo-seed.csv", officer, "text/csv", importFile)
                .expectSuccess("The registry's import").location()
                .orElseThrow(() -> new LauncherException("The registry's import gave no Location"));
        JsonNode status = awaitImport(location, officer);
        say("  registry: import " + status.path("status").asText() + ", establishments: " + status.path("created").asInt() + " created, "
                + status.path("updated").asInt() + " updated, " + status.path("unchanged").asInt() + " unchanged, "
                + status.path("rejected").asInt() + " rejected");
    }

    private JsonNode awaitImport(String location, String token) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline)) {
            JsonNode status = api.getJson(location, token);
            String state = status.path("status").asText();
            if (state.equals("COMPLETED") || state.equals("FAILED")) {
                return status;
            }
            pause(Duration.ofSeconds(1));
        }
        throw new LauncherException("The registry's import did not finish within 10 minutes: " + location);
    }

    private void seedProgrammes() {
        String officer = api.token("programme-officer");
        for (JsonNode call : api.getJson(programmes + "/calls?limit=200", officer).path("items")) {
            if (call.path("title").asText().endsWith(DEMO_CALL_TITLE)) {
                say("  programmes: the demo calls are already there");
                return;
            }
        }
        List<String> enterprises = new ArrayList<>();
        api.getJson(registry + "/enterprises?limit=60&status=REGISTERED", api.token("evaluator")).path("items")
                .forEach(item -> enterprises.add(item.path("id").asText()));
        if (enterprises.isEmpty()) {
            throw new LauncherException("The registry holds no registered enterprise to apply with");
        }
        String realis = openCall("REALIS", officer);
        awaitRegistryEvents(realis, enterprises.get(0), officer);
        int next = 0;
        // YESS « Entreprises » is still to be built (it takes no call): the Catalis incubator takes its place here.
        for (String programme : List.of("REALIS", "CATALIS", "ALTER_VENTURE", "INCUBATEURS_INNOVATION_SOCIALE")) {
            String stage = switch (programme) {
                case "ALTER_VENTURE" -> "SCALING";
                case "INCUBATEURS_INNOVATION_SOCIALE" -> "EMERGENCE_CREATION";
                default -> "DEVELOPMENT";
            };
            String call = programme.equals("REALIS") ? realis : openCall(programme, officer);
            seedCall(officer, call, stage, enterprises.subList(Math.min(next, enterprises.size()), Math.min(next + 9, enterprises.size())));
            next += 9;
        }
        for (String programme : List.of("YESS_ACADEMIE", "FABRIQUE_A_INITIATIVES")) {
            String call = openCall(programme, officer);
            // The Fabrique answers a need identified in a territory (plan C.2): a project takes one up.
            String need = programme.equals("FABRIQUE_A_INITIATIVES") ? identifyNeed(programme, officer) : null;
            for (int i = 1; i <= 2; i++) {
                Map<String, Object> form = new LinkedHashMap<>(Map.of(
                        "callId", call, "name", "Porteuse " + i, "email", "porteuse" + i + "." + programme.toLowerCase() + "@example.org",
                        "communeCode", "31555", "projectTitle", "Projet " + i, "projectSummary", "Un projet d'utilité sociale",
                        "theme", "économie circulaire"));
                if (need != null) {
                    form.put("needId", need);
                }
                JsonNode application = api.post(programmes + "/programme-applications/public", null, EssorApi.json(form), null)
                        .expectSuccess("A public application").json();
                if (i == 1) {
                    api.post(application.path("followUrl").asText() + "/submission", null, null, 0L).expectSuccess("A submission");
                }
            }
            say("  programmes: " + programme + ": 2 applications from people (one submitted, one draft)");
        }
    }

    private String identifyNeed(String programme, String officer) {
        String body = EssorApi.json(Map.of("programme", programme, "departement", "31",
                "title", "Une épicerie solidaire dans le Comminges",
                "description", "Aucun commerce alimentaire de proximité dans trois communes rurales ; les habitants demandent une offre solidaire.",
                "identifiedOn", LocalDate.now(ZoneOffset.UTC).toString()));
        return api.post(programmes + "/territorial-needs", officer, body, null).expectSuccess("Identifying a territorial need")
                .json().path("id").asText();
    }

    private String openCall(String programme, String officer) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String body = EssorApi.json(Map.of("programme", programme, "title", programme + " — " + DEMO_CALL_TITLE,
                "departements", ALL_DEPARTEMENTS, "opensAt", now.minus(1, ChronoUnit.DAYS).toString(),
                "closesAt", now.plus(60, ChronoUnit.DAYS).toString(), "seats", 2,
                "criteria", List.of(Map.of("code", "impact", "label", "Utilité sociale", "weight", 3),
                        Map.of("code", "viability", "label", "Viabilité économique", "weight", 1))));
        return api.post(programmes + "/calls", officer, body, null).expectSuccess("Opening a " + programme + " call")
                .json().path("id").asText();
    }

    /**
     * The programmes service judges eligibility from its projection of the registry's events: wait until it is there
     * (until then it answers the officer's eligibility question with 404, an enterprise it does not know).
     */
    private void awaitRegistryEvents(String call, String enterprise, String officer) {
        Instant start = Instant.now();
        Instant deadline = start.plus(Duration.ofMinutes(2));
        String url = programmes + "/calls?eligibleFor=" + enterprise + "&stage=DEVELOPMENT&limit=200";
        while (Instant.now().isBefore(deadline)) {
            EssorApi.Answer answer = api.get(url, officer);
            if (answer.status() != 404) {
                for (JsonNode item : answer.expectSuccess("GET " + url).json().path("items")) {
                    if (item.path("id").asText().equals(call)) {
                        say("  programmes: the registry's events reached the programmes service ("
                                + Duration.between(start, Instant.now()).toSeconds() + " s)");
                        return;
                    }
                }
            }
            pause(Duration.ofSeconds(1));
        }
        throw new LauncherException("The registry's events did not reach the programmes service within 2 minutes");
    }


    /**
     * Nine applications ending draft, submitted, corrections requested, rejected, withdrawn, three reviewed then decided
     * (two admitted, one waitlisted), and one under review.
     */
    private void seedCall(String officer, String call, String stage, List<String> enterprises) {
        String applications = programmes + "/programme-applications/";
        List<String> ids = new ArrayList<>();
        for (String enterprise : enterprises) {
            EssorApi.Answer created = api.post(programmes + "/programme-applications", officer, EssorApi.json(Map.of(
                    "callId", call, "enterpriseId", enterprise, "stage", stage, "projectTitle", "Projet de développement")), null);
            if (created.ok()) {
                ids.add(created.json().path("id").asText());
            }
        }
        int n = ids.size();
        for (int i = 1; i < n; i++) {
            api.post(applications + ids.get(i) + "/submission", officer, null, 0L).expectSuccess("A submission");
        }
        for (int i = 2; i < n && i < 8; i++) {
            if (i != 4) {
                api.post(applications + ids.get(i) + "/review-start", officer, null, 1L).expectSuccess("A review start");
            }
        }
        if (n > 2) {
            api.post(applications + ids.get(2) + "/corrections-request", officer, "{\"note\":\"joindre les statuts\"}", 2L)
                    .expectSuccess("A request for corrections");
        }
        if (n > 3) {
            api.post(applications + ids.get(3) + "/rejection", officer, "{\"motivation\":\"hors périmètre du programme\"}", 2L)
                    .expectSuccess("A rejection");
        }
        if (n > 4) {
            api.post(applications + ids.get(4) + "/withdrawal", officer, null, 1L).expectSuccess("A withdrawal");
        }
        for (int i = 5; i < n && i < 8; i++) {
            api.post(applications + ids.get(i) + "/reviews", officer, "{\"scores\":{\"impact\":" + (3 + i) + ",\"viability\":6}}", null)
                    .expectSuccess("A review");
        }
        if (n > 5) {
            api.post(programmes + "/calls/" + call + "/decision", officer, null, null).expectSuccess("The call's decision");
        }
        if (n > 8) {
            api.post(applications + ids.get(8) + "/review-start", officer, null, 1L).expectSuccess("A review start");
        }
        say("  programmes: call " + call + ": " + n + " applications (draft, submitted, corrections requested, rejected, "
                + "withdrawn, admitted, waitlisted, under review)");
    }

    /** A line of the seed's report, at once (the launcher shows it as it goes). */
    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis()); // polling a background job through its API
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted");
        }
    }
}
