package org.essor.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.essor.registry.EnterpriseJson;
import org.essor.registry.RegistryApi;
import org.essor.testing.identifiers.TestIdentifiers;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * An enterprise's representative cannot tell another enterprise's record from one that does not exist: every request
 * that names an enterprise (by id, SIREN, SIRET or RNA) gets the same 404, word for word, whatever else it sends
 * (a stale If-Match, none, an unreadable body), and changes nothing.
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class AnotherEnterprisesRecordTest {

    static final String NOT_FOUND_DETAIL = "No such enterprise";

    Caller officer;
    Caller anotherEnterprise;
    EnterpriseJson victim;
    String victimId;
    String unknownId;

    @BeforeEach
    void registerAnEnterpriseOfSomeoneElse() {
        officer = Caller.officer();
        anotherEnterprise = Caller.user("enterprise-2");
        victim = EnterpriseJson.association();
        victimId = officer.register(victim);
        officer.patch(victimId, "\"0\"", "{\"usualName\":\"Jardins partagés\"}").then().statusCode(200);
        unknownId = UUID.randomUUID().toString();
    }

    @Test
    void readingAnotherEnterpriseIsAnsweredAsReadingNone() {
        String unknownSiren = TestIdentifiers.siren();
        Map<String, String[]> lookups = new LinkedHashMap<>();
        lookups.put("/{key}", new String[] {victimId, unknownId});
        lookups.put("/by-siren/{key}", new String[] {victim.siren(), unknownSiren});
        lookups.put("/by-siret/{key}", new String[] {victim.firstSiret(), TestIdentifiers.siret(unknownSiren, 1)});
        lookups.put("/by-rna/{key}", new String[] {victim.rna(), TestIdentifiers.rna()});
        lookups.put("/{key}/history", new String[] {victimId, unknownId});

        lookups.forEach((path, keys) -> {
            Response other = anotherEnterprise.request().get(RegistryApi.ENTERPRISES + path, keys[0]);
            Response none = anotherEnterprise.request().get(RegistryApi.ENTERPRISES + path, keys[1]);
            assertThat(ProblemAnswer.of(other)).as("GET %s of another enterprise", path)
                    .isEqualTo(ProblemAnswer.of(none))
                    .extracting(ProblemAnswer::status, ProblemAnswer::detail).containsExactly(404, NOT_FOUND_DETAIL);
            if (!keys[0].equals(victimId)) {
                assertThat(other.asString()).as("GET %s of another enterprise", path).doesNotContain(victimId);
            }
        });
        // Officers get the same 404 for an unknown enterprise: it never names what was asked for.
        assertThat(ProblemAnswer.of(officer.get(unknownId))).isEqualTo(ProblemAnswer.of(anotherEnterprise.get(victimId)));
    }

    @Test
    void amendingAnotherEnterpriseIsAnsweredAsAmendingNoneAndChangesNothing() {
        long version = officer.version(victimId);
        Map<String, Function<String, Response>> attempts = new LinkedHashMap<>();
        attempts.put("at its version", id -> anotherEnterprise.patch(id, etag(version), "{\"usualName\":\"Pris\"}"));
        attempts.put("with a stale If-Match", id -> anotherEnterprise.patch(id, etag(version - 1), "{\"usualName\":\"Pris\"}"));
        attempts.put("with a far stale If-Match", id -> anotherEnterprise.patch(id, "\"7\"", "{\"usualName\":\"Pris\"}"));
        attempts.put("without If-Match", id -> anotherEnterprise.patch(id, null, "{\"usualName\":\"Pris\"}"));
        attempts.put("with a body that is not JSON", id -> anotherEnterprise.patch(id, etag(version), "{usualName:"));
        attempts.put("with an unknown field", id -> anotherEnterprise.patch(id, etag(version), "{\"owner\":\"me\"}"));
        attempts.put("with a value of the wrong type", id -> anotherEnterprise.patch(id, etag(version), "{\"declaredFte\":\"many\"}"));
        attempts.put("with a field only officers change", id -> anotherEnterprise.patch(id, etag(version), "{\"legalName\":\"Mine\"}"));
        attempts.put("with a stale If-Match and an invalid body", id -> anotherEnterprise.patch(id, "\"7\"", "[]"));

        assertAnsweredAsForNoEnterprise(attempts, 404);
    }

    @Test
    void erasingAnotherEnterprisesRepresentativeIsAnsweredAsForNoneAndErasesNothing() {
        long version = officer.version(victimId);
        Map<String, Function<String, Response>> attempts = new LinkedHashMap<>();
        attempts.put("at its version", id -> anotherEnterprise.transition("POST", id, "representative-erasure", etag(version), null));
        attempts.put("with a stale If-Match", id -> anotherEnterprise.transition("POST", id, "representative-erasure", "\"7\"", null));
        attempts.put("without If-Match", id -> anotherEnterprise.transition("POST", id, "representative-erasure", null, null));
        attempts.put("with a malformed If-Match", id -> anotherEnterprise.transition("POST", id, "representative-erasure", "W/\"1\"", null));

        assertAnsweredAsForNoEnterprise(attempts, 404);
    }

    /**
     * The officers' transitions are refused to an enterprise by its role, whatever the enterprise: the same 403 for
     * another enterprise's record as for one that does not exist, before the version or the body is looked at.
     */
    @Test
    void anOfficersTransitionOnAnotherEnterpriseIsAnsweredAsForNoneAndChangesNothing() {
        long version = officer.version(victimId);
        String strikeOff = "{\"on\":\"2026-01-31\",\"reason\":\"DISSOLVED\"}";
        String esus = "{\"grantedOn\":\"2026-01-02\",\"validUntil\":\"2031-01-01\",\"departement\":\"31\"}";
        Map<String, Function<String, Response>> attempts = new LinkedHashMap<>();
        attempts.put("verification", id -> anotherEnterprise.transition("POST", id, "verification", etag(version), null));
        attempts.put("verification, stale", id -> anotherEnterprise.transition("POST", id, "verification", "\"7\"", null));
        attempts.put("verification, no If-Match", id -> anotherEnterprise.transition("POST", id, "verification", null, null));
        attempts.put("strike-off", id -> anotherEnterprise.transition("POST", id, "strike-off", etag(version), strikeOff));
        attempts.put("strike-off, stale", id -> anotherEnterprise.transition("POST", id, "strike-off", "\"7\"", strikeOff));
        attempts.put("strike-off, invalid body", id -> anotherEnterprise.transition("POST", id, "strike-off", etag(version), "{\"on\":1}"));
        attempts.put("ESUS agreement", id -> anotherEnterprise.transition("PUT", id, "esus-agreement", etag(version), esus));
        attempts.put("ESUS agreement, stale", id -> anotherEnterprise.transition("PUT", id, "esus-agreement", "\"7\"", esus));
        attempts.put("ESUS agreement, invalid body", id -> anotherEnterprise.transition("PUT", id, "esus-agreement", etag(version), "{"));

        assertAnsweredAsForNoEnterprise(attempts, 403);
    }

    /** Each attempt answers on the victim exactly as on an unknown id, and the victim is as it was. */
    private void assertAnsweredAsForNoEnterprise(Map<String, Function<String, Response>> attempts, int status) {
        long version = officer.version(victimId);
        int versions = officer.history(victimId).size();
        String representative = officer.get(victimId).then().extract().path("representative.email");

        attempts.forEach((attempt, request) -> {
            Response other = request.apply(victimId);
            Response none = request.apply(unknownId);
            assertThat(ProblemAnswer.of(other)).as(attempt).isEqualTo(ProblemAnswer.of(none))
                    .extracting(ProblemAnswer::status).isEqualTo(status);
            if (status == 404) {
                assertThat(ProblemAnswer.of(other).detail()).as(attempt).isEqualTo(NOT_FOUND_DETAIL);
            }
        });

        assertThat(officer.version(victimId)).as("version").isEqualTo(version);
        assertThat(officer.history(victimId)).as("history").hasSize(versions);
        officer.get(victimId).then().body("representative.email", equalTo(representative))
                .body("usualName", equalTo("Jardins partagés")).body("status", equalTo("REGISTERED"));
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
