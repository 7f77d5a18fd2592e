package org.essor.programmes.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essor.programmes.security.Dossiers.as;
import static org.essor.programmes.security.Dossiers.notFound;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.essor.programmes.ProgrammesApi;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * An enterprise representative reaches its own enterprise only: another enterprise's records answer the same 404,
 * word for word, as records that do not exist, before any version or body is looked at, and nothing changes.
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class AnotherEnterpriseTest extends SecurityTestSupport {

    @Test
    void anotherEnterprisesApplicationIsAnsweredAsAnUnknownOneOnEveryEndpoint() {
        String call = Dossiers.openCall("REALIS", 5);
        UUID own = dossiers.enterprise(Tokens.OWN_SIREN);
        String mine = Dossiers.draft(Tokens.enterprise(), call, own);
        String before = Dossiers.stateOf(mine);
        String other = Tokens.otherEnterprise();
        UUID unknown = UUID.randomUUID();
        String current = "\"" + Dossiers.version(mine) + "\"";

        sameAsUnknown(id -> as(other).get(ProgrammesApi.APPLICATIONS + "/{id}", id), mine, unknown);
        sameAsUnknown(id -> as(other).get(ProgrammesApi.APPLICATIONS + "/{id}/history", id), mine, unknown);
        for (String transition : new String[] {"submission", "withdrawal"}) {
            String path = ProgrammesApi.APPLICATIONS + "/{id}/" + transition;
            sameAsUnknown(id -> as(other).post(path, id), mine, unknown);
            sameAsUnknown(id -> as(other).header("If-Match", current).post(path, id), mine, unknown);
            sameAsUnknown(id -> as(other).header("If-Match", "\"99\"").post(path, id), mine, unknown);
        }
        as(other).queryParam("callId", call).get(ProgrammesApi.APPLICATIONS).then().statusCode(200).body("items", empty());

        assertThat(Dossiers.stateOf(mine)).isEqualTo(before);
        as(Tokens.enterprise()).get(ProgrammesApi.APPLICATIONS + "/{id}", mine).then().statusCode(200);
    }

    @Test
    void anEnterpriseApplyingOrAskingForAnotherIsAnsweredAsForAnUnknownEnterprise() {
        String call = Dossiers.openCall("REALIS", 5);
        UUID own = dossiers.enterprise(Tokens.OWN_SIREN);
        String other = Tokens.otherEnterprise();
        UUID unknown = UUID.randomUUID();

        sameAsUnknown(id -> Dossiers.apply(other, call, (UUID) id), own, unknown);
        sameAsUnknown(id -> as(other).queryParam("eligibleFor", id).get(ProgrammesApi.CALLS), own, unknown);

        as(Tokens.officer()).queryParam("callId", call).get(ProgrammesApi.APPLICATIONS).then().statusCode(200)
                .body("items", empty());
        Dossiers.apply(Tokens.enterprise(), call, own).then().statusCode(201).body("enterpriseId", equalTo(own.toString()));
    }

    @Test
    void theCommitteeDecisionHonoursIfMatch() {
        String call = Dossiers.openCall("REALIS", 1);
        String officer = Tokens.officer();
        String application = Dossiers.draft(officer, call, dossiers.enterprise(Tokens.OWN_SIREN));
        Dossiers.transition(officer, application, "submission", null).then().statusCode(200);
        Dossiers.transition(officer, application, "review-start", null).then().statusCode(200);
        as(officer).contentType("application/json").body("{\"scores\":{\"impact\":8,\"viability\":8}}")
                .post(ProgrammesApi.APPLICATIONS + "/{id}/reviews", application).then().statusCode(200);
        String read = as(officer).get(ProgrammesApi.CALLS + "/{id}", call).then().statusCode(200).extract().header("ETag");
        String decision = ProgrammesApi.CALLS + "/{id}/decision";

        as(officer).header("If-Match", "\"99\"").post(decision, call).then().statusCode(412).contentType("application/problem+json");
        as(officer).get(ProgrammesApi.APPLICATIONS + "/{id}", application).then().body("status", equalTo("UNDER_REVIEW"));

        String moved = as(officer).header("If-Match", read).post(decision, call).then().statusCode(200)
                .body("status", equalTo(List.of("ADMITTED"))).extract().header("ETag");
        assertThat(moved).isNotEqualTo(read);
        as(officer).get(ProgrammesApi.CALLS + "/{id}", call).then().header("ETag", moved);
        as(officer).header("If-Match", read).post(decision, call).then().statusCode(412);
        // the released v1 contract decides without If-Match, on the call as it is: here nothing is left to decide
        as(officer).post(decision, call).then().statusCode(409);
    }

    private static void sameAsUnknown(Function<Object, Response> request, Object theirs, Object unknown) {
        assertThat(notFound(request.apply(theirs), theirs)).isEqualTo(notFound(request.apply(unknown), unknown));
    }
}
