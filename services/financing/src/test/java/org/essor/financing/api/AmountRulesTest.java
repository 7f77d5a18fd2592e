package org.essor.financing.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.financing.FinancingApi;
import org.essor.testing.kafka.RegistryFeed;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The instruments' amount rules at their edges (floor, ceiling, a guarantee's maximum rate) and who they serve, from
 * the plan's reference data: the Fonds d'Amorçage Associatif from 3 to 10 k€, the Garantie France Active up to 65 % of
 * the loan and 45 k€, SOFISCOP for SCOPs only, SOGAMA for associations only, FISO for social innovation.
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "finance-officer", roles = "finance-officer")
class AmountRulesTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    RegistryFeed.Enterprise association;

    @BeforeEach
    void anAssociationOfTheRegister() {
        association = RegistryFeed.Enterprise.association(LocalDate.of(2021, 5, 1), "31");
        FinancingApi.known(dataSource, bootstrapServers, association);
    }

    @Test
    void anAmountIsTakenFromTheFloorToTheCeilingAndNotACentBeyond() {
        refused(FinancingApi.apply(association.id(), "FONDS_AMORCAGE_ASSOCIATIF", "2999.99", null), "below its floor");
        FinancingApi.apply(association.id(), "FONDS_AMORCAGE_ASSOCIATIF", "3000", null).then().statusCode(201);
        FinancingApi.apply(association.id(), "FONDS_AMORCAGE_ASSOCIATIF", "10000.00", null).then().statusCode(201);
        refused(FinancingApi.apply(association.id(), "FONDS_AMORCAGE_ASSOCIATIF", "10000.01", null), "above its ceiling");
        refused(FinancingApi.apply(association.id(), "FONDS_AMORCAGE_ASSOCIATIF", "5000.001", null), "two decimals");
        refused(FinancingApi.apply(association.id(), "FONDS_AMORCAGE_ASSOCIATIF", "-5", null), "above 0");
    }

    @Test
    void aGuaranteeCoversABankLoanUpToItsMaximumRate() {
        String loan = "\"guaranteedLoan\":{\"amount\":60000,\"lender\":\"Crédit Coopératif\",\"rate\":%s}";
        given().contentType("application/json").body(FinancingApi.applicationJson(association.id(), "GARANTIE_FRANCE_ACTIVE",
                        null, loan.formatted("65"))).post(FinancingApi.APPLICATIONS)
                .then().statusCode(201).body("requestedAmount", equalTo(39000.00f))
                .body("guaranteedLoan.rate", equalTo(65.00f)).body("guaranteedLoan.lender", equalTo("Crédit Coopératif"));
        refused(FinancingApi.apply(association.id(), "GARANTIE_FRANCE_ACTIVE", null, loan.formatted("65.01")), "at most 65 %");
        // 65 % of 70,000 is 45,500: above the guarantee's 45 k€ ceiling
        refused(FinancingApi.apply(association.id(), "GARANTIE_FRANCE_ACTIVE", null,
                "\"guaranteedLoan\":{\"amount\":70000,\"lender\":\"Banque\",\"rate\":65}"), "above its ceiling");
        refused(FinancingApi.apply(association.id(), "GARANTIE_FRANCE_ACTIVE", "1000", loan.formatted("50")), "loan times the rate");
        refused(FinancingApi.apply(association.id(), "GARANTIE_FRANCE_ACTIVE", "1000", null), "the bank loan it covers");
        refused(FinancingApi.apply(association.id(), "FONDS_CONFIANCE", "1000", loan.formatted("50")), "not a guarantee");
    }

    @Test
    void toolsForOneFamilyOrOneKindOfCooperativeServeOnlyThem() {
        refused(FinancingApi.apply(association.id(), "GARANTIE_SOFISCOP", null,
                "\"guaranteedLoan\":{\"amount\":50000,\"lender\":\"CIC\",\"rate\":50}"), "SCOP");
        FinancingApi.apply(association.id(), "GARANTIE_SOGAMA", null,
                "\"guaranteedLoan\":{\"amount\":50000,\"lender\":\"Crédit Coopératif\",\"rate\":70}").then().statusCode(201);

        RegistryFeed.Enterprise scop = RegistryFeed.Enterprise.cooperative("SCOP", LocalDate.of(2012, 1, 1), "81");
        FinancingApi.known(dataSource, bootstrapServers, scop);
        FinancingApi.apply(scop.id(), "GARANTIE_SOFISCOP", null,
                "\"guaranteedLoan\":{\"amount\":50000,\"lender\":\"CIC\",\"rate\":50}").then().statusCode(201);
        refused(FinancingApi.apply(scop.id(), "GARANTIE_SOGAMA", null,
                "\"guaranteedLoan\":{\"amount\":50000,\"lender\":\"Crédit Coopératif\",\"rate\":70}"), "ASSOCIATION");
    }

    @Test
    void theSocialInnovationFundFinancesSocialInnovationOnly() {
        refused(FinancingApi.apply(association.id(), "FISO", "40000", null), "social-innovation");
        FinancingApi.apply(association.id(), "FISO", "40000", "\"socialInnovation\":true").then().statusCode(201);
    }

    @Test
    void theBudgetHoldsTheAmountAndTheOtherFunders() {
        refused(FinancingApi.apply(association.id(), "FONDS_CONFIANCE", "15000", "\"projectBudget\":20000,"
                + "\"coFinancing\":[{\"funder\":\"Fondation\",\"amount\":5000.01,\"secured\":false}]"), "exceed the project's budget");
        FinancingApi.apply(association.id(), "FONDS_CONFIANCE", "15000", "\"projectBudget\":20000,"
                + "\"coFinancing\":[{\"funder\":\"Fondation\",\"amount\":5000,\"secured\":false}]").then().statusCode(201);
    }

    @Test
    void instrumentsThePlanMeansToCreateTakeNoApplication() {
        FinancingApi.apply(association.id(), "FONDS_ESS", "50000", null).then().statusCode(409)
                .contentType("application/problem+json");
        FinancingApi.apply(association.id(), "PASS_TSS", "5000", null).then().statusCode(409);
        FinancingApi.apply(association.id(), "NOPE", "5000", null).then().statusCode(404);
    }

    private static void refused(io.restassured.response.Response answer, String reason) {
        List<String> messages = answer.then().statusCode(422).contentType("application/problem+json")
                .extract().path("errors.message");
        assertThat(String.join(" | ", messages)).contains(reason);
    }
}
