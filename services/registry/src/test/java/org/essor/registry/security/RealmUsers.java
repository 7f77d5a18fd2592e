package org.essor.registry.security;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.essor.testing.quarkus.SharedKeycloak;
import org.essor.testing.servers.KeycloakServer;

import io.restassured.http.ContentType;

/**
 * Users added to the test realm through Keycloak's admin API, for the role combinations the realm file has no user
 * for (an enterprise's representative who also holds another role, or one per test). Each is new, with its own SIREN.
 */
final class RealmUsers {

    private RealmUsers() {
    }

    /** A token of a new user of the realm holding {@code roles}, whose {@code siren} claim is {@code siren}. */
    static String tokenOfNewUser(String siren, String... roles) {
        KeycloakServer keycloak = SharedKeycloak.get();
        String admin = given().baseUri(keycloak.baseUrl()).contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                        "password", "admin"))
                .post("/realms/master/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        String username = "user-of-" + siren;
        String password = username + "-pw";
        String location = given().baseUri(keycloak.baseUrl()).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "email", username + "@essor.example",
                        "emailVerified", true, "firstName", "Sévérine", "lastName", "Représentante",
                        "attributes", Map.of("siren", List.of(siren)),
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post("/admin/realms/" + KeycloakServer.REALM + "/users").then().statusCode(201).extract().header("Location");
        List<?> realmRoles = Arrays.stream(roles)
                .map(role -> given().baseUri(keycloak.baseUrl()).auth().oauth2(admin)
                        .get("/admin/realms/" + KeycloakServer.REALM + "/roles/{role}", role)
                        .then().statusCode(200).extract().as(Map.class))
                .toList();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(realmRoles)
                .post(location + "/role-mappings/realm").then().statusCode(204);
        return keycloak.tokenFor(username, password);
    }
}
