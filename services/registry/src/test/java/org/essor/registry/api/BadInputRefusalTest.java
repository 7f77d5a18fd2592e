package org.essor.registry.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.inject.Inject;

import org.essor.registry.EnterpriseJson;
import org.essor.registry.RegistryApi;
import org.essor.testing.identifiers.TestIdentifiers;
import org.essor.testing.http.ChunkedUpload;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/** Bad input is a 4xx problem naming what is wrong, changes nothing, and is never a 404 for a value or a 500. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "registry-officer", roles = "registry-officer")
class BadInputRefusalTest {

    static final String IMPORTS = "/api/v1/enterprise-imports";
    static final String HEADER = "siren,siret,nom_complet,categorie_juridique,activite_principale,tranche_effectif_salarie,"
            + "code_commune,identifiant_association,est_ess";

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL server;

    @Test
    void anUnterminatedQuoteInAnImportIsA400NamingItsLineAndImportsNothing() throws SQLException {
        String csv = String.join("\n", HEADER,
                TestIdentifiers.siren() + ",,Association Bien Formée,9220,88.99B,01,31555,,O",
                TestIdentifiers.siren() + ",,\"Association Sans Fin,9220,88.99B,01,31555,,O",
                TestIdentifiers.siren() + ",,Association Suivante,9220,88.99B,01,31555,,O");
        long imports = importCount();

        given().contentType("text/csv").body(csv).post(IMPORTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", startsWith("line 3: a quoted value is not closed"));
        assertThat(importCount()).isEqualTo(imports);
    }

    @Test
    void anImportMayBeLargerThanAnyOtherBody() throws Exception {
        String large = "x".repeat(2 * 1024 * 1024);
        // past the size check, the file is read: refused for what it says, not for its size
        given().contentType("text/csv").body(large).post(IMPORTS)
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
        try (ChunkedUpload upload = new ChunkedUpload(server)) {
            upload.start(RegistryApi.ENTERPRISES, "application/json");
            for (int i = 0; i < 17; i++) {
                upload.chunk(64 * 1024);
            }
            assertThat(upload.readUntilClosed()).startsWith("HTTP/1.1 413").containsIgnoringCase("application/problem+json");
        }
    }

    @Test
    void aHistoryCursorIsRefusedOnAnotherEnterprisesHistory() {
        String first = RegistryApi.registered(EnterpriseJson.association());
        String second = RegistryApi.registered(EnterpriseJson.association());
        RegistryApi.patch(first, 0, "{\"usualName\":\"Un autre nom\"}").then().statusCode(200);
        String next = given().queryParam("limit", 1).get(RegistryApi.ENTERPRISES + "/{id}/history", first).path("nextCursor");

        badField(given().queryParam("cursor", next).get(RegistryApi.ENTERPRISES + "/{id}/history", second), "cursor");
        badField(given().queryParam("cursor", next).get(RegistryApi.ENTERPRISES), "cursor");
        given().queryParam("cursor", next).get(RegistryApi.ENTERPRISES + "/{id}/history", first)
                .then().statusCode(200).body("items[0].version", equalTo(1));
    }

    @Test
    void anUnconvertibleQueryOrPathValueIsA400NamingIt() {
        badField(given().queryParam("limit", "abc").get(RegistryApi.ENTERPRISES), "limit");
        badField(given().get(RegistryApi.ENTERPRISES + "/{id}/history", "not-a-uuid"), "id");
        badField(given().queryParam("outcome", "abc").get(IMPORTS + "/{id}/lines", "00000000-0000-0000-0000-000000000000"),
                "outcome");
    }

    private long importCount() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM enterprise_import")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static void badField(Response answer, String field) {
        answer.then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }
}
