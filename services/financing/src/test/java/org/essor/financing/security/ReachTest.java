package org.essor.financing.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.financing.FinancingApi;
import org.essor.testing.kafka.RegistryFeed;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.essor.testing.quarkus.SharedKeycloak;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * With the realm's real tokens: an enterprise representative reaches its own enterprise's files only, a partner those
 * its own client created; any other file answers the same 404, word for word, as one that does not exist, before its
 * version is looked at, and nothing changes.
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class ReachTest {

    /** The SIRENs of the demo users enterprise and enterprise-2 (deploy/keycloak/essor-realm.json). */
    static final String OWN_SIREN = "552081317";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anotherEnterprisesFileIsAnsweredAsAnUnknownOne() {
        RegistryFeed.Enterprise own = RegistryFeed.Enterprise.association(LocalDate.of(2018, 1, 1), "31").withSiren(OWN_SIREN);
        FinancingApi.known(dataSource, bootstrapServers, own);
        String mine = as(SharedKeycloak.tokenOf("enterprise")).contentType("application/json")
                .body(FinancingApi.applicationJson(own.id(), "FONDS_CONFIANCE", "8000", null)).post(FinancingApi.APPLICATIONS)
                .then().statusCode(201).extract().path("id");
        String other = SharedKeycloak.tokenOf("enterprise-2");
        String before = as(SharedKeycloak.tokenOf("finance-officer")).get(FinancingApi.APPLICATIONS + "/" + mine).asString();

        sameAsUnknown(id -> as(other).get(FinancingApi.APPLICATIONS + "/" + id), mine);
        sameAsUnknown(id -> as(other).get(FinancingApi.APPLICATIONS + "/" + id + "/history"), mine);
        sameAsUnknown(id -> as(other).get(FinancingApi.APPLICATIONS + "/" + id + "/repayment-schedule"), mine);
        sameAsUnknown(id -> as(other).post(FinancingApi.APPLICATIONS + "/" + id + "/submission"), mine);
        sameAsUnknown(id -> as(other).header("If-Match", "\"0\"").post(FinancingApi.APPLICATIONS + "/" + id + "/submission"), mine);
        sameAsUnknown(id -> as(other).header("If-Match", "\"0\"").contentType("application/json").body("{\"reason\":\"x\"}")
                .post(FinancingApi.APPLICATIONS + "/" + id + "/closure"), mine);
        sameAsUnknown(id -> as(other).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"requestedAmount\":9000}").patch(FinancingApi.APPLICATIONS + "/" + id), mine);
        as(other).get(FinancingApi.APPLICATIONS).then().statusCode(200).body("items.findAll { it.id == '" + mine + "' }", empty());
        // applying or asking eligibility for another enterprise: as for an unknown one
        as(other).contentType("application/json").body(FinancingApi.applicationJson(own.id(), "FONDS_CONFIANCE", "8000", null))
                .post(FinancingApi.APPLICATIONS).then().statusCode(404);
        as(other).queryParam("eligibleFor", own.id()).get(FinancingApi.INSTRUMENTS).then().statusCode(404);
        as(SharedKeycloak.tokenOf("enterprise")).queryParam("eligibleFor", own.id()).get(FinancingApi.INSTRUMENTS)
                .then().statusCode(200);

        assertThat(as(SharedKeycloak.tokenOf("finance-officer")).get(FinancingApi.APPLICATIONS + "/" + mine).asString())
                .isEqualTo(before);
        as(SharedKeycloak.tokenOf("enterprise")).get(FinancingApi.APPLICATIONS + "/" + mine).then().statusCode(200);
    }

    @Test
    void aPartnerFollowsWhatItsOwnClientSubmitted() {
        RegistryFeed.Enterprise enterprise = RegistryFeed.Enterprise.association(LocalDate.of(2018, 1, 1), "31");
        FinancingApi.known(dataSource, bootstrapServers, enterprise);
        String partner = SharedKeycloak.get().clientCredentialsToken("essor-partner", "essor-partner-secret");
        String otherPartner = SharedKeycloak.get().clientCredentialsToken("essor-partner-2", "essor-partner-2-secret");
        String theirs = as(partner).contentType("application/json")
                .body(FinancingApi.applicationJson(enterprise.id(), "FONDS_CONFIANCE", "8000", null)).post(FinancingApi.APPLICATIONS)
                .then().statusCode(201).extract().path("id");
        as(partner).header("If-Match", "\"0\"").post(FinancingApi.APPLICATIONS + "/" + theirs + "/submission")
                .then().statusCode(200);
        sameAsUnknown(id -> as(otherPartner).get(FinancingApi.APPLICATIONS + "/" + id), theirs);
        sameAsUnknown(id -> as(otherPartner).header("If-Match", "\"1\"").contentType("application/json")
                .body("{\"reason\":\"x\"}").post(FinancingApi.APPLICATIONS + "/" + id + "/closure"), theirs);
        List<String> listed = as(partner).queryParam("limit", 200).get(FinancingApi.APPLICATIONS).then().statusCode(200)
                .extract().path("items.id");
        assertThat(listed).contains(theirs);
        as(partner).header("If-Match", "\"1\"").post(FinancingApi.APPLICATIONS + "/" + theirs + "/committee")
                .then().statusCode(403);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** The answer about {@code id} is the 404 of an unknown file, word for word (the ids aside). */
    private static void sameAsUnknown(Function<String, Response> call, String id) {
        String unknown = UUID.randomUUID().toString();
        Response forOther = call.apply(id);
        Response forUnknown = call.apply(unknown);
        forOther.then().statusCode(404).contentType("application/problem+json");
        forUnknown.then().statusCode(404);
        assertThat(forOther.<String>path("detail").replace(id, "ID")).isEqualTo(forUnknown.<String>path("detail").replace(unknown, "ID"));
    }
}
