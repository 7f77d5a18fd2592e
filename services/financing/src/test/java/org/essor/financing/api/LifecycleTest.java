package org.essor.financing.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.List;

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

/** Every transition of a financing application, and each forbidden one refused with 409 and its reason. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "finance-officer", roles = "finance-officer")
class LifecycleTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aGrantGoesFromDraftToFullyDisbursedThroughCorrectionsAndTheCommittee() {
        RegistryFeed.Enterprise association = RegistryFeed.Enterprise.association(LocalDate.of(2019, 3, 1), "34");
        FinancingApi.known(dataSource, bootstrapServers, association);
        FinancingApi.envelope("PASS_OCCITANIE", LocalDate.now().getYear(), "5000000");

        String id = FinancingApi.draft(association.id(), "PASS_OCCITANIE", "15000", "\"projectBudget\":40000,"
                + "\"coFinancing\":[{\"funder\":\"France Active\",\"amount\":10000,\"secured\":true}]");
        given().get(FinancingApi.APPLICATIONS + "/" + id).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("departement", equalTo("34")).body("instrument.kind", equalTo("GRANT"))
                .body("instrument.provider", equalTo("Région Occitanie")).body("coFinancing", hasSize(1));

        FinancingApi.transition(id, "submission", null).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        FinancingApi.transition(id, "committee", null).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("only a file in review"));
        FinancingApi.transition(id, "instruction", "{\"instructor\":\"Claire Martin\"}").then().statusCode(200)
                .body("status", equalTo("IN_REVIEW")).body("instructor", equalTo("Claire Martin"));
        FinancingApi.transition(id, "corrections-request", "{\"reason\":\"Joindre le budget prévisionnel\"}").then()
                .statusCode(200).body("status", equalTo("CORRECTIONS_REQUESTED"));
        given().header("If-Match", FinancingApi.etag(id)).contentType("application/merge-patch+json")
                .body("{\"requestedAmount\":18000}").patch(FinancingApi.APPLICATIONS + "/" + id)
                .then().statusCode(200).body("requestedAmount", equalTo(18000.00f));
        FinancingApi.transition(id, "submission", null).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        FinancingApi.transition(id, "instruction", "{\"instructor\":\"Claire Martin\"}").then().statusCode(200);
        FinancingApi.transition(id, "committee", null).then().statusCode(200).body("status", equalTo("COMMITTEE"));
        FinancingApi.transition(id, "approval", "{\"grantedAmount\":18000.01}").then().statusCode(422);
        FinancingApi.transition(id, "approval", "{\"grantedAmount\":16000,\"conditions\":\"Deux tranches\"}").then()
                .statusCode(200).body("status", equalTo("APPROVED")).body("grantedAmount", equalTo(16000.00f));
        FinancingApi.transition(id, "rejection", "{\"motivation\":\"trop tard\"}").then().statusCode(409);
        FinancingApi.transition(id, "disbursements", "{\"amount\":1000,\"paidOn\":\"2026-01-10\"}").then().statusCode(409)
                .body("detail", containsString("only a contracted financing"));
        FinancingApi.transition(id, "contract", "{\"repayment\":{\"startsOn\":\"2026-01-01\",\"durationMonths\":12,"
                + "\"deferralMonths\":0,\"periodicity\":\"MONTHLY\"}}").then().statusCode(422);
        FinancingApi.transition(id, "contract", "{}").then().statusCode(200).body("status", equalTo("CONTRACTED"));
        FinancingApi.transition(id, "disbursements", "{\"amount\":10000,\"paidOn\":\"2026-01-10\"}").then().statusCode(200)
                .body("status", equalTo("CONTRACTED")).body("disbursedAmount", equalTo(10000.00f));
        FinancingApi.transition(id, "disbursements", "{\"amount\":6000.01,\"paidOn\":\"2026-02-10\"}").then().statusCode(409)
                .contentType("application/problem+json").body("remaining", equalTo(6000.00f))
                .body("requested", equalTo(6000.01f));
        FinancingApi.transition(id, "disbursements", "{\"amount\":6000,\"paidOn\":\"2026-02-10\"}").then().statusCode(200)
                .body("status", equalTo("DISBURSED")).body("disbursements", hasSize(2));
        FinancingApi.transition(id, "closure", "{\"reason\":\"fin\"}").then().statusCode(409);

        List<String> statuses = given().get(FinancingApi.APPLICATIONS + "/" + id + "/history").then().statusCode(200)
                .extract().path("status");
        assertThat(statuses).containsSubsequence("DRAFT", "SUBMITTED", "IN_REVIEW", "CORRECTIONS_REQUESTED", "SUBMITTED",
                "IN_REVIEW", "COMMITTEE", "APPROVED", "CONTRACTED", "CONTRACTED", "DISBURSED");
    }

    @Test
    void aRejectionNeedsItsMotivationAndAClosureItsReason() {
        RegistryFeed.Enterprise association = RegistryFeed.Enterprise.association(LocalDate.of(2019, 3, 1), "31");
        FinancingApi.known(dataSource, bootstrapServers, association);

        String rejected = FinancingApi.draft(association.id(), "FONDS_CONFIANCE", "12000", null);
        FinancingApi.toCommittee(rejected);
        FinancingApi.transition(rejected, "rejection", "{\"motivation\":\"\"}").then().statusCode(400);
        FinancingApi.transition(rejected, "rejection", "{\"motivation\":\"Modèle économique fragile\"}").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("motivation", equalTo("Modèle économique fragile"));
        FinancingApi.transition(rejected, "submission", null).then().statusCode(409);

        String closed = FinancingApi.draft(association.id(), "FONDS_CONFIANCE", "12000", null);
        FinancingApi.transition(closed, "submission", null).then().statusCode(200);
        FinancingApi.transition(closed, "closure", "{\"reason\":\"Le porteur a renoncé\"}").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        FinancingApi.transition(closed, "instruction", "{\"instructor\":\"Claire\"}").then().statusCode(409);
    }

    @Test
    void aChangeNeedsTheVersionRead() {
        RegistryFeed.Enterprise association = RegistryFeed.Enterprise.association(LocalDate.of(2019, 3, 1), "31");
        FinancingApi.known(dataSource, bootstrapServers, association);
        String id = FinancingApi.draft(association.id(), "FONDS_CONFIANCE", "12000", null);
        given().post(FinancingApi.APPLICATIONS + "/" + id + "/submission").then().statusCode(428);
        given().header("If-Match", "\"7\"").post(FinancingApi.APPLICATIONS + "/" + id + "/submission").then().statusCode(412);
    }
}
