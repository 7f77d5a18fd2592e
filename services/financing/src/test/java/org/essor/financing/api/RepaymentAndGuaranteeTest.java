package org.essor.financing.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.financing.FinancingApi;
import org.essor.financing.app.ArrearsWatch;
import org.essor.testing.kafka.RegistryFeed;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;

/** Loans repaid on their schedule (missed instalments found), guarantees called and paid. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "finance-officer", roles = "finance-officer")
class RepaymentAndGuaranteeTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ArrearsWatch arrears;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anHonourLoanIsRepaidOnItsScheduleAndAMissedInstalmentIsFoundOnce() {
        RegistryFeed.Enterprise association = RegistryFeed.Enterprise.association(LocalDate.of(2023, 2, 1), "12");
        FinancingApi.known(dataSource, bootstrapServers, association);
        String id = FinancingApi.draft(association.id(), "PRET_HONNEUR_INITIATIVE", "10000", null);
        FinancingApi.toCommittee(id);
        FinancingApi.transition(id, "approval", "{\"grantedAmount\":10000}").then().statusCode(200);
        FinancingApi.transition(id, "contract", "{}").then().statusCode(422);
        // 10,000 € over 36 months, monthly, started four months ago: three instalments are due already
        LocalDate start = LocalDate.now().minusMonths(4);
        FinancingApi.transition(id, "contract", "{\"repayment\":{\"startsOn\":\"" + start + "\",\"durationMonths\":36,"
                + "\"deferralMonths\":0,\"periodicity\":\"MONTHLY\"}}").then().statusCode(200).body("status", equalTo("CONTRACTED"));

        List<Float> amounts = given().get(FinancingApi.APPLICATIONS + "/" + id + "/repayment-schedule").then().statusCode(200)
                .body("instalments", hasSize(36)).extract().path("instalments.amount");
        BigDecimal total = amounts.stream().map(a -> new BigDecimal(a.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo("10000.00");

        FinancingApi.transition(id, "disbursements", "{\"amount\":10000,\"paidOn\":\"" + start + "\"}").then().statusCode(200)
                .body("status", equalTo("DISBURSED"));
        // the first instalment repaid, the second and third not
        FinancingApi.transition(id, "repayments", "{\"amount\":277.78,\"receivedOn\":\"" + start.plusMonths(1) + "\"}")
                .then().statusCode(200);
        Integer marked = runArrearsWatch();
        assertThat(marked).isGreaterThanOrEqualTo(1);
        given().get(FinancingApi.APPLICATIONS + "/" + id + "/repayment-schedule").then().statusCode(200)
                .body("instalments.findAll { it.missedOn != null }", hasSize(2))
                .body("position.repaid", equalTo(277.78f)).body("position.fullyRepaid", equalTo(false))
                .body("position.nextDue", notNullValue());
        runArrearsWatch();
        given().get(FinancingApi.APPLICATIONS + "/" + id + "/repayment-schedule").then()
                .body("instalments.findAll { it.missedOn != null }", hasSize(2));

        FinancingApi.transition(id, "repayments", "{\"amount\":9722.23,\"receivedOn\":\"" + LocalDate.now() + "\"}")
                .then().statusCode(422);
        FinancingApi.transition(id, "repayments", "{\"amount\":9722.22,\"receivedOn\":\"" + LocalDate.now() + "\"}")
                .then().statusCode(200);
        given().get(FinancingApi.APPLICATIONS + "/" + id + "/repayment-schedule").then()
                .body("position.fullyRepaid", equalTo(true)).body("position.outstanding", equalTo(0.00f));
        // a grant has no schedule
        String grant = FinancingApi.draft(association.id(), "FONDS_CONFIANCE", "5000", null);
        given().get(FinancingApi.APPLICATIONS + "/" + grant + "/repayment-schedule").then().statusCode(409);
    }

    @Test
    void aCalledGuaranteePaysItsShareOfTheOutstandingBalanceAndNeverMore() {
        RegistryFeed.Enterprise association = RegistryFeed.Enterprise.association(LocalDate.of(2015, 2, 1), "66");
        FinancingApi.known(dataSource, bootstrapServers, association);
        String id = FinancingApi.draft(association.id(), "GARANTIE_FRANCE_ACTIVE", null,
                "\"guaranteedLoan\":{\"amount\":60000,\"lender\":\"Crédit Coopératif\",\"rate\":50}");
        FinancingApi.toCommittee(id);
        FinancingApi.transition(id, "approval", "{\"grantedAmount\":30000}").then().statusCode(200);
        FinancingApi.transition(id, "guarantee-claims", "{\"outstandingBalance\":40000,\"calledOn\":\"2026-06-01\"}")
                .then().statusCode(409);
        FinancingApi.transition(id, "contract", "{}").then().statusCode(200).body("guaranteedLoan.outstandingBalance",
                equalTo(60000.00f));
        FinancingApi.transition(id, "disbursements", "{\"amount\":1000,\"paidOn\":\"2026-01-10\"}").then().statusCode(409);
        FinancingApi.transition(id, "loan-balance", "{\"outstandingBalance\":45000}").then().statusCode(200);
        FinancingApi.transition(id, "guarantee-claims", "{\"outstandingBalance\":60000.01,\"calledOn\":\"2026-06-01\"}")
                .then().statusCode(422);
        String claim = FinancingApi.transition(id, "guarantee-claims", "{\"outstandingBalance\":40000.01,\"calledOn\":\"2026-06-01\"}")
                .then().statusCode(200).body("guaranteeClaims", hasSize(1))
                // half of 40,000.01 is 20,000.005: half-even to the cent
                .body("guaranteeClaims[0].claimedAmount", equalTo(20000.00f)).extract().path("guaranteeClaims[0].id");
        FinancingApi.transition(id, "guarantee-claims", "{\"outstandingBalance\":1000,\"calledOn\":\"2026-06-02\"}")
                .then().statusCode(409);
        FinancingApi.transition(id, "guarantee-claims/" + claim + "/payment", "{\"amount\":20000.01,\"paidOn\":\"2026-07-01\"}")
                .then().statusCode(409).body("claimed", equalTo(20000.00f));
        FinancingApi.transition(id, "guarantee-claims/" + claim + "/payment", "{\"amount\":20000,\"paidOn\":\"2026-07-01\"}")
                .then().statusCode(200).body("guaranteeClaims[0].paidAmount", equalTo(20000.00f));
        FinancingApi.transition(id, "guarantee-claims/" + claim + "/payment", "{\"amount\":1,\"paidOn\":\"2026-07-02\"}")
                .then().statusCode(409);
        // a second call: 10,000.00 left of the 30,000 guaranteed
        FinancingApi.transition(id, "guarantee-claims", "{\"outstandingBalance\":30000,\"calledOn\":\"2026-09-01\"}")
                .then().statusCode(200).body("guaranteeClaims[1].claimedAmount", equalTo(10000.00f));
    }

    /** The arrears watch's round, on a Vert.x context as the scheduler runs it; the number of instalments marked. */
    private Integer runArrearsWatch() {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> arrears.run());
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
