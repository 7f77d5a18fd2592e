package org.essor.programmes.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.essor.programmes.security.Dossiers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.UUID;

import org.essor.programmes.ProgrammesApi;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The calls are public, but whether an enterprise may apply tells what the register holds of it (struck off, age,
 * ESUS agreement): that takes a token of someone who applies or decides, and an enterprise asks for itself only.
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class EligibilityDisclosureTest extends SecurityTestSupport {

    static final String PROGRAMME = "ACTIV_ASSO";

    @Test
    void eligibilityTakesATokenAndAnEnterpriseAsksForItselfOnly() {
        String call = Dossiers.openCall(PROGRAMME, 5);
        UUID own = dossiers.enterprise(Tokens.OWN_SIREN);

        given().queryParam("programme", PROGRAMME).queryParam("limit", 200).get(ProgrammesApi.CALLS).then().statusCode(200)
                .body("items.id", hasItem(call));
        Response anonymous = given().queryParam("eligibleFor", own).get(ProgrammesApi.CALLS);
        anonymous.then().statusCode(401).contentType("application/problem+json");
        assertThat(anonymous.asString()).doesNotContain("eligible\"");
        as(Tokens.evaluator()).queryParam("eligibleFor", own).get(ProgrammesApi.CALLS).then().statusCode(403);

        assertThat(eligibility(as(Tokens.enterprise()), own, call)).containsExactly(true);
        assertThat(eligibility(as(Tokens.partner()), own, call)).containsExactly(true);
        assertThat(eligibility(as(Tokens.officer()), own, call)).containsExactly(true);
        UUID unknown = UUID.randomUUID();
        String other = Tokens.otherEnterprise();
        assertThat(Dossiers.notFound(as(other).queryParam("eligibleFor", own).get(ProgrammesApi.CALLS), own))
                .isEqualTo(Dossiers.notFound(as(other).queryParam("eligibleFor", unknown).get(ProgrammesApi.CALLS), unknown))
                .isEqualTo(Dossiers.notFound(as(Tokens.officer()).queryParam("eligibleFor", unknown).get(ProgrammesApi.CALLS),
                        unknown));
    }

    private static List<Boolean> eligibility(RequestSpecification asker, UUID enterprise, String call) {
        return asker.queryParam("eligibleFor", enterprise).queryParam("stage", "DEVELOPMENT").queryParam("programme", PROGRAMME)
                .queryParam("limit", 200).get(ProgrammesApi.CALLS).then().statusCode(200)
                .body("items.find { it.id == '" + call + "' }.eligibleFor.enterpriseId", equalTo(enterprise.toString()))
                .extract().path("items.findAll { it.id == '" + call + "' }.eligibleFor.eligible");
    }
}
