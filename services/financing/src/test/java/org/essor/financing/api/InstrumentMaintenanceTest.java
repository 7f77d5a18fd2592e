package org.essor.financing.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.financing.FinancingApi;
import org.essor.testing.kafka.RegistryFeed;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Finance officers maintain the catalogue: every change versioned and kept, windows that open and close. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "finance-officer", roles = "finance-officer")
class InstrumentMaintenanceTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aChangeIsAVersionKeptWithWhoAndWhy() {
        String etag = given().get(FinancingApi.INSTRUMENTS + "/PRET_HONNEUR_CREALIA").then().statusCode(200).extract().header("ETag");
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"maxAmount\":120000}")
                .patch(FinancingApi.INSTRUMENTS + "/PRET_HONNEUR_CREALIA").then().statusCode(428);
        given().header("If-Match", etag).contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"maxAmount\":120000,\"esusRequired\":true,\"changeNote\":\"Délibération du 12 mars\"}")
                .patch(FinancingApi.INSTRUMENTS + "/PRET_HONNEUR_CREALIA").then().statusCode(200)
                .body("maxAmount", equalTo(120000.00f)).body("eligibility.esusRequired", equalTo(true));
        given().header("If-Match", etag).contentType("application/merge-patch+json; charset=UTF-8").body("{\"maxAmount\":1}")
                .patch(FinancingApi.INSTRUMENTS + "/PRET_HONNEUR_CREALIA").then().statusCode(412);
        given().get(FinancingApi.INSTRUMENTS + "/PRET_HONNEUR_CREALIA/versions").then().statusCode(200)
                .body("$", hasSize(2)).body("[0].terms.maxAmount", equalTo(100000.00f))
                .body("[1].terms.maxAmount", equalTo(120000.00f)).body("[1].note", equalTo("Délibération du 12 mars"))
                .body("[1].changedBy", equalTo("finance-officer"));
        String current = given().get(FinancingApi.INSTRUMENTS + "/PRET_HONNEUR_CREALIA").header("ETag");
        given().header("If-Match", current).contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"minAmount\":200000}").patch(FinancingApi.INSTRUMENTS + "/PRET_HONNEUR_CREALIA")
                .then().statusCode(422).body("errors.field", org.hamcrest.Matchers.hasItem("minAmount"));
        given().header("If-Match", current).contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"unknown\":1}").patch(FinancingApi.INSTRUMENTS + "/PRET_HONNEUR_CREALIA").then().statusCode(400);
    }

    @Test
    void aClosedWindowTakesNoApplication() {
        RegistryFeed.Enterprise association = RegistryFeed.Enterprise.association(LocalDate.of(2019, 1, 1), "31");
        FinancingApi.known(dataSource, bootstrapServers, association);
        given().contentType("application/json").body("""
                {"code":"AAP_ECONOMIE_CIRCULAIRE_2026","terms":{"name":"Appel à projets économie circulaire 2026",
                "provider":"Région Occitanie","scope":"REGIONAL","kind":"GRANT","stages":["DEVELOPMENT"],"maxAmount":50000,
                "status":"EXISTING","inRegionRequired":true,
                "window":{"kind":"ONE_OFF","opensOn":"2026-01-01","closesOn":"2026-03-31"}}}""")
                .post(FinancingApi.INSTRUMENTS).then().statusCode(201).body("takesApplications", equalTo(false))
                .body("window.openToday", equalTo(false));
        FinancingApi.apply(association.id(), "AAP_ECONOMIE_CIRCULAIRE_2026", "10000", null).then().statusCode(409)
                .body("detail", containsString("until 2026-03-31"));

        String etag = given().get(FinancingApi.INSTRUMENTS + "/AAP_ECONOMIE_CIRCULAIRE_2026").header("ETag");
        given().header("If-Match", etag).contentType("application/merge-patch+json; charset=UTF-8").body("{\"window\":{\"kind\":\"RECURRING\","
                        + "\"opensOn\":null,\"closesOn\":null,\"deadlines\":[\"2026-04-30\",\"" + LocalDate.now().plusMonths(2) + "\"]}}")
                .patch(FinancingApi.INSTRUMENTS + "/AAP_ECONOMIE_CIRCULAIRE_2026").then().statusCode(200)
                .body("takesApplications", equalTo(true));
        FinancingApi.apply(association.id(), "AAP_ECONOMIE_CIRCULAIRE_2026", "10000", null).then().statusCode(201);
        given().contentType("application/json").body("{\"code\":\"AAP_ECONOMIE_CIRCULAIRE_2026\",\"terms\":{\"name\":\"x\","
                + "\"provider\":\"y\",\"scope\":\"REGIONAL\",\"kind\":\"GRANT\",\"status\":\"EXISTING\"}}")
                .post(FinancingApi.INSTRUMENTS).then().statusCode(409);
        given().contentType("application/json").body("{\"code\":\"BAD_WINDOW\",\"terms\":{\"name\":\"x\",\"provider\":\"y\","
                + "\"scope\":\"REGIONAL\",\"kind\":\"GRANT\",\"status\":\"EXISTING\",\"window\":{\"kind\":\"ONE_OFF\"}}}")
                .post(FinancingApi.INSTRUMENTS).then().statusCode(422);
    }
}
