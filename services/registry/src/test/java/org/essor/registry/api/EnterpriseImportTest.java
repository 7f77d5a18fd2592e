package org.essor.registry.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.essor.registry.RegistryApi;
import org.essor.testing.identifiers.TestIdentifiers;
import org.essor.registry.demo.DemoEnterprise;
import org.essor.registry.demo.DemoEnterprises;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "registry-officer", roles = "registry-officer")
class EnterpriseImportTest {

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    static final String IMPORTS = "/api/v1/enterprise-imports";

    @Test
    void importsThousandsOfLinesRejectingTheBadOnesAndAReimportChangesNothing() throws Exception {
        List<DemoEnterprise> enterprises = new DemoEnterprises(2018).generate(1_000);
        StringWriter csv = new StringWriter();
        DemoEnterprises.writeImportCsv(enterprises, csv);
        int goodLines = (int) csv.toString().lines().count() - 1;
        String siren = TestIdentifiers.siren();
        String bad = String.join("\n",
                siren + "," + TestIdentifiers.wrongCheckDigit(TestIdentifiers.siret(siren, 1))
                        + ",Association Mauvais SIRET,9220,88.99B,01,31555,,O",
                TestIdentifiers.siren() + ",,Catégorie Inconnue,12,88.99B,01,31555,,O",
                TestIdentifiers.siren() + ",,Coopérative Parisienne,5458,16.23Z,01,75056,,O",
                TestIdentifiers.siren() + ",,Société Hors ESS,5710,62.01Z,01,34172,,N",
                ",,Sans Identifiant,9220,94.99Z,NN,31555,,O",
                "");
        String file = csv + bad;

        Map<String, Object> first = importAndWait(file);

        assertThat(first.get("status")).isEqualTo("COMPLETED");
        assertThat(first.get("totalLines")).isEqualTo(goodLines + 5);
        assertThat(first.get("rejected")).isEqualTo(5);
        assertThat(((Number) first.get("created")).intValue()).isEqualTo(goodLines);
        assertThat(lastAnalysed("enterprise")).as("statistics refreshed after the bulk load").isNotNull();

        Response rejected = given().queryParam("outcome", "REJECTED").get(IMPORTS + "/{id}/lines", first.get("id"));
        rejected.then().statusCode(200);
        List<String> reasons = rejected.path("items.reason");
        assertThat(reasons).hasSize(5).allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(String.join("|", reasons)).contains("siret").contains("Occitanie").contains("essBasis");

        Map<String, Object> again = importAndWait(file);
        assertThat(again.get("unchanged")).isEqualTo(goodLines);
        assertThat(again.get("created")).isEqualTo(0);
        assertThat(again.get("updated")).isEqualTo(0);
        assertThat(again.get("rejected")).isEqualTo(5);

        DemoEnterprise sample = enterprises.stream().filter(e -> e.siren() != null).findFirst().orElseThrow();
        given().get(RegistryApi.ENTERPRISES + "/by-siren/{s}", sample.siren()).then().statusCode(200)
                .body("legalName", equalTo(sample.legalName())).header("ETag", equalTo("\"0\""));
    }

    private java.sql.Timestamp lastAnalysed(String table) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = ?")) {
            statement.setString(1, table);
            var row = statement.executeQuery();
            return row.next() ? row.getTimestamp(1) : null;
        }
    }

    @Test
    void anImportWhoseInstanceDiedIsTakenUpAgainAndCompletes() throws Exception {
        List<DemoEnterprise> enterprises = new DemoEnterprises(77).generate(20);
        StringWriter csv = new StringWriter();
        DemoEnterprises.writeImportCsv(enterprises, csv);
        int lines = (int) csv.toString().lines().count() - 1;
        java.util.UUID id = java.util.UUID.randomUUID();
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement("""
                INSERT INTO enterprise_import (id, status, content, total_lines, submitted_by, submitted_at, started_at, heartbeat_at)
                VALUES (?, 'RUNNING', ?, ?, 'registry-officer', now() - interval '2 hours', now() - interval '2 hours',
                        now() - interval '1 hour')""")) {
            insert.setObject(1, id);
            insert.setString(2, csv.toString());
            insert.setInt(3, lines);
            insert.executeUpdate();
        }

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> "COMPLETED".equals(given().get(IMPORTS + "/{id}", id).path("status")));
        given().get(IMPORTS + "/{id}", id).then().body("created", equalTo(lines)).body("processed", equalTo(lines));
    }

    @Test
    void aLineOfAUnitOutsideTheEssIsRejectedWithTheReason() {
        String individual = TestIdentifiers.siren();
        String publicBody = TestIdentifiers.siren();
        String file = String.join("\n", BadInputRefusalTest.HEADER,
                individual + "," + TestIdentifiers.siret(individual, 1) + ",Jean Dupont,1000,88.99B,01,31555,,O",
                publicBody + "," + TestIdentifiers.siret(publicBody, 1) + ",Commune de Test,7210,84.11Z,01,31555,,O", "");

        Map<String, Object> imported = importAndWait(file);

        assertThat(imported).containsEntry("status", "COMPLETED").containsEntry("rejected", 2).containsEntry("created", 0);
        List<String> reasons = given().queryParam("outcome", "REJECTED").get(IMPORTS + "/{id}/lines", imported.get("id"))
                .then().statusCode(200).extract().path("items.reason");
        assertThat(reasons).hasSize(2).allSatisfy(reason -> assertThat(reason).contains("legal persons of private law"));
    }

    @Test
    void theCreationDateIsImportedWhenTheFileHasItAndAnUnreadableOneRejectsItsEnterprise() {
        String dated = TestIdentifiers.siren();
        String misdated = TestIdentifiers.siren();
        String file = String.join("\n", BadInputRefusalTest.HEADER + ",date_creation",
                dated + "," + TestIdentifiers.siret(dated, 1) + ",SCOP Datée,5458,43.32A,01,31555,,O,2021-03-15",
                misdated + "," + TestIdentifiers.siret(misdated, 1) + ",SCOP Mal Datée,5458,43.32A,01,31555,,O,15/03/2021", "");

        Map<String, Object> imported = importAndWait(file);

        assertThat(imported).containsEntry("created", 1).containsEntry("rejected", 1);
        given().get(RegistryApi.ENTERPRISES + "/by-siren/{siren}", dated).then().statusCode(200).body("creationDate", equalTo("2021-03-15"));
        List<String> reasons = given().queryParam("outcome", "REJECTED").get(IMPORTS + "/{id}/lines", imported.get("id"))
                .then().statusCode(200).extract().path("items.reason");
        assertThat(reasons).singleElement().asString().contains("date_creation").contains("YYYY-MM-DD");
    }

    @Test
    void sectorsAndEachEstablishmentsHeadcountAreImportedWhenTheFileHasThem() {
        String siren = TestIdentifiers.siren();
        String misfiled = TestIdentifiers.siren();
        String file = String.join("\n", BadInputRefusalTest.HEADER + ",date_creation,secteurs,tranche_effectif_etablissement",
                siren + "," + TestIdentifiers.siret(siren, 1) + ",Recyclerie Solidaire,9220,38.32Z,12,31555,,O,2016-05-02,"
                        + "CIRCULAR_ECONOMY|gender_equality,11",
                siren + "," + TestIdentifiers.siret(siren, 2) + ",Recyclerie Solidaire,9220,38.32Z,12,34172,,O,2016-05-02,"
                        + "CIRCULAR_ECONOMY|gender_equality,02",
                misfiled + "," + TestIdentifiers.siret(misfiled, 1) + ",Ressourcerie,9220,38.32Z,03,31555,,O,2016-05-02,"
                        + "RECYCLING,03", "");

        Map<String, Object> imported = importAndWait(file);

        assertThat(imported).containsEntry("created", 2).containsEntry("rejected", 1).containsEntry("missingColumns", List.of());
        Response enterprise = given().get(RegistryApi.ENTERPRISES + "/by-siren/{siren}", siren);
        enterprise.then().statusCode(200).body("headcountBracket", equalTo("12"))
                .body("sectors", equalTo(List.of("CIRCULAR_ECONOMY", "GENDER_EQUALITY")))
                .body("establishments.find { it.siret == '" + TestIdentifiers.siret(siren, 1) + "' }.headcountBracket", equalTo("11"))
                .body("establishments.find { it.siret == '" + TestIdentifiers.siret(siren, 2) + "' }.headcountBracket", equalTo("02"));
        List<String> reasons = given().queryParam("outcome", "REJECTED").get(IMPORTS + "/{id}/lines", imported.get("id"))
                .then().statusCode(200).extract().path("items.reason");
        assertThat(reasons).singleElement().asString().contains("secteurs").contains("RECYCLING");
    }

    @Test
    void anImportSaysWhichOptionalColumnsItsFileLacks() {
        String siren = TestIdentifiers.siren();
        String file = String.join("\n", BadInputRefusalTest.HEADER,
                siren + "," + TestIdentifiers.siret(siren, 1) + ",Atelier Vélo,9220,95.29Z,01,31555,,O", "");

        Map<String, Object> imported = importAndWait(file);

        assertThat(imported).containsEntry("created", 1)
                .containsEntry("missingColumns", List.of("date_creation", "secteurs", "tranche_effectif_etablissement"));
        given().get(RegistryApi.ENTERPRISES + "/by-siren/{siren}", siren).then().statusCode(200)
                .body("sectors", equalTo(List.of())).body("establishments[0].headcountBracket", equalTo(null));
    }

    @Test
    void aFileWithoutTheExpectedColumnsIsA400() {
        given().contentType("text/csv").body("name,city\nfoo,bar\n").post(IMPORTS)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("file"));
    }

    @Test
    @TestSecurity(user = "partner", roles = "partner")
    void onlyRegistryOfficersImport() {
        given().contentType("text/csv").body("siren\n").post(IMPORTS).then().statusCode(403);
    }

    private Map<String, Object> importAndWait(String file) {
        Response submitted = given().contentType("text/csv").body(file).post(IMPORTS);
        submitted.then().statusCode(202).header("Location", startsWith("http"));
        String location = submitted.header("Location");
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                .until(() -> List.of("COMPLETED", "FAILED").contains(given().get(location).<String>path("status")));
        return given().get(location).then().statusCode(200).extract().jsonPath().getMap("");
    }
}
