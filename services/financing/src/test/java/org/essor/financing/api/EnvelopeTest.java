package org.essor.financing.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.financing.FinancingApi;
import org.essor.testing.http.Racers;
import org.essor.testing.kafka.RegistryFeed;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The Région's yearly envelopes: approvals commit against them, never beyond, however many decide at once. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "finance-officer", roles = "finance-officer")
class EnvelopeTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void concurrentApprovalsNeverOverCommitTheEnvelope() throws Exception {
        RegistryFeed.Enterprise association = RegistryFeed.Enterprise.association(LocalDate.of(2016, 1, 1), "31");
        FinancingApi.known(dataSource, bootstrapServers, association);
        int year = LocalDate.now().getYear();
        // CONTRAT_OCCITANIE starts at 20 k€: eight applications of 20 k€ against an envelope of 100 k€ less what earlier
        // tests of this instrument committed
        String envelope = FinancingApi.envelope("CONTRAT_OCCITANIE", year, "100000");
        BigDecimal remainingBefore = new BigDecimal(given().get(FinancingApi.ENVELOPES + "/" + envelope).then().statusCode(200)
                .extract().path("remaining").toString());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = FinancingApi.draft(association.id(), "CONTRAT_OCCITANIE", "20000", null);
            FinancingApi.toCommittee(id);
            ids.add(id);
        }
        List<Supplier<Integer>> racers = ids.stream().map(id -> {
            String etag = FinancingApi.etag(id);
            return (Supplier<Integer>) () -> given().header("If-Match", etag).contentType("application/json")
                    .body("{\"grantedAmount\":20000}").post(FinancingApi.APPLICATIONS + "/" + id + "/approval").statusCode();
        }).toList();

        List<Integer> answers = Racers.race(racers);

        int fit = remainingBefore.divide(new BigDecimal("20000"), 0, java.math.RoundingMode.DOWN).min(BigDecimal.valueOf(8))
                .intValue();
        assertThat(answers).containsOnly(200, 409);
        assertThat(answers.stream().filter(status -> status == 200)).hasSize(fit);
        given().get(FinancingApi.ENVELOPES + "/" + envelope).then().statusCode(200)
                .body("remaining", equalTo(remainingBefore.subtract(new BigDecimal(20000L * fit)).floatValue()));
        try (var connection = dataSource.getConnection(); var check = connection.prepareStatement(
                "SELECT committed <= amount, committed = (SELECT coalesce(sum(granted_amount), 0) FROM financing_application"
                        + " WHERE envelope_id = ? AND status IN ('APPROVED', 'CONTRACTED', 'DISBURSED')) FROM budget_envelope WHERE id = ?::uuid")) {
            check.setObject(1, java.util.UUID.fromString(envelope));
            check.setString(2, envelope);
            try (var row = check.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBoolean(1)).as("never over-committed").isTrue();
                assertThat(row.getBoolean(2)).as("the commitments are the approvals'").isTrue();
            }
        }
    }

    @Test
    void aDecisionBeyondWhatRemainsIsRefusedWithTheFigures() {
        RegistryFeed.Enterprise association = RegistryFeed.Enterprise.association(LocalDate.of(2016, 1, 1), "31");
        FinancingApi.known(dataSource, bootstrapServers, association);
        String envelope = FinancingApi.envelope("AAP_REGIONAUX", LocalDate.now().getYear(), "30000");
        given().header("If-Match", given().get(FinancingApi.ENVELOPES + "/" + envelope).header("ETag"))
                .contentType("application/json").body("{\"amount\":30000}").patch(FinancingApi.ENVELOPES + "/" + envelope)
                .then().statusCode(200);

        String first = FinancingApi.draft(association.id(), "AAP_REGIONAUX", "25000", null);
        FinancingApi.toCommittee(first);
        FinancingApi.transition(first, "approval", "{\"grantedAmount\":25000}").then().statusCode(200);
        String second = FinancingApi.draft(association.id(), "AAP_REGIONAUX", "6000", null);
        FinancingApi.toCommittee(second);
        FinancingApi.transition(second, "approval", "{\"grantedAmount\":6000}").then().statusCode(409)
                .contentType("application/problem+json").body("remaining", equalTo(5000.00f))
                .body("requested", equalTo(6000.00f));
        FinancingApi.transition(second, "approval", "{\"grantedAmount\":5000}").then().statusCode(200);

        // Renouncing an approved financing gives its commitment back
        FinancingApi.transition(first, "closure", "{\"reason\":\"Le projet est abandonné\"}").then().statusCode(200);
        given().get(FinancingApi.ENVELOPES + "/" + envelope).then().statusCode(200).body("committed", equalTo(5000.00f))
                .body("remaining", equalTo(25000.00f));
        // ... and the envelope cannot go below what is committed
        given().header("If-Match", given().get(FinancingApi.ENVELOPES + "/" + envelope).header("ETag"))
                .contentType("application/json").body("{\"amount\":4999.99}").patch(FinancingApi.ENVELOPES + "/" + envelope)
                .then().statusCode(409).body("committed", equalTo(5000.00f));
    }

    @Test
    void onlyRegionalInstrumentsHaveEnvelopesAndDecisionsOnThemNeedOne() {
        given().contentType("application/json").body("{\"instrumentCode\":\"FONDS_CONFIANCE\",\"year\":2026,\"amount\":1000}")
                .post(FinancingApi.ENVELOPES).then().statusCode(409);
        RegistryFeed.Enterprise association = RegistryFeed.Enterprise.association(LocalDate.of(2016, 1, 1), "31");
        FinancingApi.known(dataSource, bootstrapServers, association);
        String id = FinancingApi.draft(association.id(), "CONTRAT_OCCITANIE_AVANCE", "50000", null);
        FinancingApi.toCommittee(id);
        FinancingApi.transition(id, "approval", "{\"grantedAmount\":50000}").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("No " + LocalDate.now().getYear() + " budget envelope"));
    }
}
