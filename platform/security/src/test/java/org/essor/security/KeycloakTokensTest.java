package org.essor.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.essor.security.tokens.RememberingTokenIdentityProvider;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.essor.testing.quarkus.SharedKeycloak;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Tokens from the real Keycloak of the realm file, validated by quarkus-oidc. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class KeycloakTokensTest {

    static final String ENTERPRISE_SIREN = "552081317";

    @Inject
    RememberingTokenIdentityProvider tokens;

    @Test
    void withoutATokenA401Problem() {
        given().get("/api/v1/probe/register")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void anInvalidTokenIsA401() {
        given().auth().oauth2("not.a.token").get("/api/v1/probe/register").then().statusCode(401);
    }

    @Test
    void aDemoUsersTokenIsAccepted() {
        given().auth().oauth2(SharedKeycloak.tokenOf("registry-officer")).get("/api/v1/probe/register")
                .then().statusCode(200).body("caller", equalTo("registry-officer"));
        given().auth().oauth2(SharedKeycloak.tokenOf("admin")).get("/api/v1/probe/register").then().statusCode(200);
    }

    @Test
    void aValidTokenWithoutTheRoleIsA403Problem() {
        given().auth().oauth2(SharedKeycloak.tokenOf("evaluator")).get("/api/v1/probe/register")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void anEnterpriseSeesOnlyItsOwnRecords() {
        String token = SharedKeycloak.tokenOf("enterprise");
        given().auth().oauth2(token).get("/api/v1/probe/me")
                .then().statusCode(200).body("siren", equalTo(ENTERPRISE_SIREN)).body("roles", hasItem("enterprise"));
        given().auth().oauth2(token).get("/api/v1/probe/enterprises/{siren}", ENTERPRISE_SIREN).then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/probe/enterprises/{siren}", "356000000")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(SharedKeycloak.tokenOf("evaluator")).get("/api/v1/probe/enterprises/{siren}", "356000000")
                .then().statusCode(200);
    }

    @Test
    void aPartnerSystemAuthenticatesWithClientCredentials() {
        String token = SharedKeycloak.get().clientCredentialsToken("essor-partner", "essor-partner-secret");
        given().auth().oauth2(token).get("/api/v1/probe/me")
                .then().statusCode(200).body("roles", hasItem("partner")).body("siren", equalTo("none"));
    }

    @Test
    void publicEndpointsNeedNoToken() {
        given().get("/api/v1/probe/public").then().statusCode(200);
    }

    @Test
    void aRememberedTokenKeepsItsRolesAndATamperedCopyIsStillRefused() {
        String token = SharedKeycloak.tokenOf("evaluator");
        given().auth().oauth2(token).get("/api/v1/probe/me").then().statusCode(200).body("caller", equalTo("evaluator"));
        assertThat(tokens.isRemembered(token)).isTrue();

        given().auth().oauth2(token).get("/api/v1/probe/me").then().statusCode(200)
                .body("caller", equalTo("evaluator")).body("roles", hasItem("evaluator"));
        given().auth().oauth2(token).get("/api/v1/probe/register").then().statusCode(403);

        String[] parts = token.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        String otherSignature = parts[2].substring(0, parts[2].length() - 2) + (last == 'A' ? 'B' : 'A')
                + parts[2].charAt(parts[2].length() - 1);
        String tampered = parts[0] + "." + parts[1] + "." + otherSignature;
        given().auth().oauth2(tampered).get("/api/v1/probe/me").then().statusCode(401);
        assertThat(tokens.isRemembered(tampered)).isFalse();
    }

    @Test
    void aRememberedTokenIsAnsweredWhateverTheCaseOfItsScheme() {
        String token = SharedKeycloak.tokenOf("registry-officer");
        given().auth().oauth2(token).get("/api/v1/probe/register").then().statusCode(200);
        assertThat(tokens.isRemembered(token)).isTrue();
        given().header("Authorization", "bearer " + token).get("/api/v1/probe/register")
                .then().statusCode(200).body("caller", equalTo("registry-officer"));
        given().header("Authorization", "Basic " + token).get("/api/v1/probe/register").then().statusCode(401);
    }

    @Test
    void aRefusedTokenIsNotRemembered() {
        given().auth().oauth2("not.a.token").get("/api/v1/probe/me").then().statusCode(401);
        assertThat(tokens.isRemembered("not.a.token")).isFalse();
    }
}
