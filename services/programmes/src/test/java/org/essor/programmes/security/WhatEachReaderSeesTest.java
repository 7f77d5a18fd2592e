package org.essor.programmes.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essor.programmes.security.Dossiers.as;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.essor.programmes.ProgrammesApi;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Each role sees what its work needs of one application (a partner's, for an enterprise, asked for corrections,
 * reviewed and rejected): officers everything; evaluators facts and numbers, never officers' words nor names;
 * the partner and the enterprise their own application and its history without officers' notes and names.
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class WhatEachReaderSeesTest extends SecurityTestSupport {

    static final String NOTE = "joindre les statuts";
    static final String COMMENT = "vu par le comité";
    static final String MOTIVATION = "hors périmètre du programme";
    static final Set<String> FACTS = Set.of("id", "version", "callId", "programme", "applicantKind", "enterpriseId", "stage",
            "departement", "projectTitle", "status", "score", "enterpriseStruckOff", "submittedAt", "decidedAt");

    /** Built once for the class's tests: it takes a dozen requests. */
    private static String dossier;

    @Test
    void officersSeeEverything() {
        Map<String, Object> view = application(Tokens.officer());
        assertThat(view.keySet()).isEqualTo(union(FACTS, "motivation", "reviews", "partnerClient"));
        assertThat(reviews(view)).singleElement().satisfies(review ->
                assertThat(review.keySet()).containsExactlyInAnyOrder("reviewer", "scores", "comment", "reviewedAt"));
        List<Map<String, Object>> history = history(Tokens.officer());
        assertThat(keysOf(history)).containsExactlyInAnyOrder("version", "status", "changedAt", "changedBy", "note");
        assertThat(history).extracting(line -> line.get("note")).contains(NOTE);
        assertThat(history).extracting(line -> line.get("changedBy")).contains("programme-officer");
    }

    @Test
    void evaluatorsSeeFactsAndScoresButNoOfficersWordsNorNames() {
        String evaluator = Tokens.evaluator();
        Map<String, Object> view = application(evaluator);
        assertThat(view.keySet()).isEqualTo(union(FACTS, "reviews"));
        assertThat(reviews(view)).singleElement().satisfies(review ->
                assertThat(review.keySet()).containsExactlyInAnyOrder("scores", "reviewedAt"));
        assertThat(keysOf(history(evaluator))).containsExactlyInAnyOrder("version", "status", "changedAt");
        Map<String, Object> listed = as(evaluator).queryParam("callId", callOfDossier()).get(ProgrammesApi.APPLICATIONS)
                .then().statusCode(200).extract().path("items[0]");
        assertThat(listed.keySet()).isEqualTo(view.keySet());
        assertNoOfficersWords(evaluator);
    }

    @Test
    void thePartnerSeesItsApplicationAndHistoryWithoutOfficersNotesOrNames() {
        String partner = Tokens.partner();
        assertThat(application(partner).keySet()).isEqualTo(union(FACTS, "motivation"));
        assertThat(keysOf(history(partner))).containsExactlyInAnyOrder("version", "status", "changedAt");
        assertNoOfficersWords(partner);
    }

    @Test
    void theEnterpriseSeesItsApplicationAndHistoryWithoutOfficersNotesOrNames() {
        String enterprise = Tokens.enterprise();
        assertThat(application(enterprise).keySet()).isEqualTo(union(FACTS, "motivation"));
        assertThat(keysOf(history(enterprise))).containsExactlyInAnyOrder("version", "status", "changedAt");
        assertNoOfficersWords(enterprise);
    }

    @Test
    void evaluatorsReadCohortsWithoutDropOutReasonsCoachesOrNotes() {
        String officer = Tokens.officer();
        String call = Dossiers.openCall("REALIS", 1);
        String application = Dossiers.draft(officer, call, dossiers.enterprise(Tokens.OWN_SIREN));
        Dossiers.transition(officer, application, "submission", null).then().statusCode(200);
        Dossiers.transition(officer, application, "review-start", null).then().statusCode(200);
        review(officer, application);
        String callVersion = as(officer).get(ProgrammesApi.CALLS + "/{id}", call).header("ETag");
        as(officer).header("If-Match", callVersion).post(ProgrammesApi.CALLS + "/{id}/decision", call).then().statusCode(200);
        Response cohort = as(officer).contentType(ContentType.JSON).body("{\"callId\":\"" + call + "\",\"name\":\"REALIS\","
                + "\"startsOn\":\"2026-03-01\",\"endsOn\":\"2026-12-15\"}").post("/api/v1/cohorts");
        String cohortId = cohort.then().statusCode(201).extract().path("id");
        String base = "/api/v1/cohorts/" + cohortId + "/participations/" + cohort.path("participations[0].id");
        String version = as(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"heldOn\":\"2026-03-10\",\"coach\":\"Sophie Martin\",\"hours\":2.5,\"topic\":\"modèle économique\"}")
                .post(base + "/coaching-sessions").then().statusCode(200).extract().header("ETag");
        version = as(officer).contentType(ContentType.JSON).header("If-Match", version)
                .body("{\"kind\":\"BUSINESS_PLAN\",\"reachedOn\":\"2026-04-02\",\"note\":\"relu par la chargée\"}")
                .post(base + "/milestones").then().statusCode(200).extract().header("ETag");
        as(officer).contentType(ContentType.JSON).header("If-Match", version).body("{\"reason\":\"départ de la région\"}")
                .post(base + "/drop-out").then().statusCode(200);

        as(officer).get("/api/v1/cohorts/{id}", cohortId).then().statusCode(200)
                .body("participations[0].dropOutReason", equalTo("départ de la région"));
        Response read = as(Tokens.evaluator()).get("/api/v1/cohorts/{id}", cohortId);
        read.then().statusCode(200);
        Map<String, Object> participation = read.path("participations[0]");
        assertThat(participation.keySet()).containsExactlyInAnyOrder("id", "version", "applicationId", "enterpriseId",
                "departement", "status", "coachingHours", "coaching", "milestones", "endedOn", "referrals");
        assertThat(keysOf(read.path("participations[0].coaching"))).containsExactlyInAnyOrder("heldOn", "hours");
        assertThat(keysOf(read.path("participations[0].milestones"))).containsExactlyInAnyOrder("kind", "reachedOn");
        assertThat(read.asString()).doesNotContain("Sophie").doesNotContain("modèle").doesNotContain("relu")
                .doesNotContain("départ");
    }

    private void assertNoOfficersWords(String token) {
        String read = as(token).get(ProgrammesApi.APPLICATIONS + "/{id}", dossier()).asString()
                + as(token).get(ProgrammesApi.APPLICATIONS + "/{id}/history", dossier()).asString();
        assertThat(read).doesNotContain(NOTE).doesNotContain(COMMENT).doesNotContain("programme-officer")
                .doesNotContain("service-account");
    }

    private Map<String, Object> application(String token) {
        return as(token).get(ProgrammesApi.APPLICATIONS + "/{id}", dossier()).then().statusCode(200).extract().path("");
    }

    private List<Map<String, Object>> history(String token) {
        return as(token).get(ProgrammesApi.APPLICATIONS + "/{id}/history", dossier()).then().statusCode(200).extract().path("");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reviews(Map<String, Object> view) {
        return (List<Map<String, Object>>) view.get("reviews");
    }

    /** Every field that appears on at least one of the items. */
    private static Set<String> keysOf(List<Map<String, Object>> items) {
        Set<String> keys = new HashSet<>();
        items.forEach(item -> keys.addAll(item.keySet()));
        return keys;
    }

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return all;
    }

    private String callOfDossier() {
        return as(Tokens.officer()).get(ProgrammesApi.APPLICATIONS + "/{id}", dossier()).path("callId");
    }

    /** A partner's application for the enterprise of the demo user enterprise, corrected, reviewed and rejected. */
    private synchronized String dossier() {
        if (dossier == null) {
            String partner = Tokens.partner();
            String officer = Tokens.officer();
            String id = Dossiers.draft(partner, Dossiers.openCall("REALIS", 3), dossiers.enterprise(Tokens.OWN_SIREN));
            Dossiers.transition(partner, id, "submission", null).then().statusCode(200);
            Dossiers.transition(officer, id, "review-start", null).then().statusCode(200);
            Dossiers.transition(officer, id, "corrections-request", "{\"note\":\"" + NOTE + "\"}").then().statusCode(200);
            Dossiers.transition(partner, id, "submission", null).then().statusCode(200);
            Dossiers.transition(officer, id, "review-start", null).then().statusCode(200);
            review(officer, id);
            Dossiers.transition(officer, id, "rejection", "{\"motivation\":\"" + MOTIVATION + "\"}").then().statusCode(200);
            dossier = id;
        }
        return dossier;
    }

    private static void review(String officer, String application) {
        as(officer).contentType(ContentType.JSON).body("{\"scores\":{\"impact\":7,\"viability\":5},\"comment\":\"" + COMMENT + "\"}")
                .post(ProgrammesApi.APPLICATIONS + "/{id}/reviews", application).then().statusCode(200);
    }
}
