package org.essor.registry.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import org.essor.registry.EnterpriseJson;
import org.essor.testing.identifiers.TestIdentifiers;
import org.essor.registry.RegistryApi;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.essor.testing.quarkus.SharedKeycloak;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** End to end with tokens from the real Keycloak of the realm file: officers, a partner system, an enterprise. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class RealTokensTest {

    /** The SIREN the realm gives the demo user "enterprise". */
    static final String DEMO_ENTERPRISE_SIREN = "552081317";

    @Test
    void anEnterpriseRepresentativeWorksOnItsOwnRecordOnly() {
        String officer = SharedKeycloak.tokenOf("registry-officer");
        EnterpriseJson own = EnterpriseJson.scop().with("siren", DEMO_ENTERPRISE_SIREN).noEstablishments()
                .establishment(TestIdentifiers.siret(DEMO_ENTERPRISE_SIREN, 1), true, "12202");
        String ownId = given().auth().oauth2(officer).contentType(ContentType.JSON).body(own.build())
                .post(RegistryApi.ENTERPRISES).then().statusCode(201).extract().path("id");
        String otherId = given().auth().oauth2(officer).contentType(ContentType.JSON).body(EnterpriseJson.scop().build())
                .post(RegistryApi.ENTERPRISES).then().statusCode(201).extract().path("id");

        String enterprise = SharedKeycloak.tokenOf("enterprise");
        given().auth().oauth2(enterprise).get(RegistryApi.ENTERPRISES + "/{id}", ownId).then().statusCode(200);
        given().auth().oauth2(enterprise).get(RegistryApi.ENTERPRISES + "/{id}", otherId).then().statusCode(404);
        given().auth().oauth2(enterprise).get(RegistryApi.ENTERPRISES).then().statusCode(200)
                .body("items.siren", everyItem(equalTo(DEMO_ENTERPRISE_SIREN)));
        given().auth().oauth2(enterprise).contentType(RegistryApi.MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"headcountBracket\":\"12\",\"sectors\":[\"HOUSING\"]}")
                .patch(RegistryApi.ENTERPRISES + "/{id}", ownId).then().statusCode(200).body("headcountBracket", equalTo("12"));
        given().auth().oauth2(enterprise).contentType(RegistryApi.MERGE_PATCH).header("If-Match", "\"1\"")
                .body("{\"legalName\":\"Another name\"}")
                .patch(RegistryApi.ENTERPRISES + "/{id}", ownId).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(enterprise).header("If-Match", "\"1\"")
                .post(RegistryApi.ENTERPRISES + "/{id}/verification", ownId).then().statusCode(403);
    }

    @Test
    void aPartnerSystemRegistersWithClientCredentials() {
        String partner = SharedKeycloak.get().clientCredentialsToken("essor-partner", "essor-partner-secret");
        given().auth().oauth2(partner).contentType(ContentType.JSON).body(EnterpriseJson.association().build())
                .post(RegistryApi.ENTERPRISES).then().statusCode(201);
    }

    @Test
    void noTokenOrAWrongRoleIsRefused() {
        given().get(RegistryApi.ENTERPRISES).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(SharedKeycloak.tokenOf("evaluator")).contentType(ContentType.JSON)
                .body(EnterpriseJson.association().build()).post(RegistryApi.ENTERPRISES).then().statusCode(403);
    }
}
