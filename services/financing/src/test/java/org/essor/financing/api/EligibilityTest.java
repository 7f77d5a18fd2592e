package org.essor.financing.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.financing.FinancingApi;
import org.essor.financing.app.InstrumentCatalogue;
import org.essor.testing.kafka.RegistryFeed;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The public catalogue, its filters, and which instruments an enterprise may apply to, with every reason why not. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "finance-officer", roles = "finance-officer")
class EligibilityTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @TestSecurity
    void theCatalogueIsPublicAndFilters() {
        given().queryParam("limit", 200).get(FinancingApi.INSTRUMENTS).then().statusCode(200)
                .body("items.size()", equalTo(InstrumentCatalogue.entries().size()))
                .body("items.code", hasItem("FONDS_ESS"));
        given().get(FinancingApi.INSTRUMENTS + "/FONDS_ESS").then().statusCode(200).body("status", equalTo("TO_BE_CREATED"))
                .body("takesApplications", equalTo(false));
        given().queryParam("kind", "GUARANTEE").queryParam("limit", 200).get(FinancingApi.INSTRUMENTS).then().statusCode(200)
                .body("items.kind", everyItem(equalTo("GUARANTEE"))).body("items.code", hasItem("GARANTIE_SOGAMA"));
        given().queryParam("provider", "france active").queryParam("limit", 200).get(FinancingApi.INSTRUMENTS).then()
                .statusCode(200).body("items.code", hasItem("SIFA")).body("items.code", not(hasItem("FISO")));
        given().queryParam("amount", "150000").queryParam("stage", "SCALING").queryParam("limit", 200)
                .get(FinancingApi.INSTRUMENTS).then().statusCode(200).body("items.code", hasItem("SIFA"))
                .body("items.code", not(hasItem("PASS_OCCITANIE")));
        given().queryParam("scope", "REGIONAL").queryParam("limit", 200).get(FinancingApi.INSTRUMENTS).then().statusCode(200)
                .body("items.scope", everyItem(equalTo("REGIONAL")));
        given().queryParam("kind", "NOPE").get(FinancingApi.INSTRUMENTS).then().statusCode(400);
        given().queryParam("amount", "12.345").get(FinancingApi.INSTRUMENTS).then().statusCode(400);
        given().get(FinancingApi.INSTRUMENTS + "/NOPE").then().statusCode(404);
        given().queryParam("eligibleFor", UUID.randomUUID()).get(FinancingApi.INSTRUMENTS).then().statusCode(401);
    }

    @Test
    void eachInstrumentSaysWhetherTheEnterpriseMayApplyAndWhyNot() {
        RegistryFeed.Enterprise scop = RegistryFeed.Enterprise.cooperative("SCOP", LocalDate.of(2010, 4, 1), "81");
        FinancingApi.known(dataSource, bootstrapServers, scop);
        var page = given().queryParam("eligibleFor", scop.id()).queryParam("amount", "8000").queryParam("limit", 200)
                .get(FinancingApi.INSTRUMENTS).then().statusCode(200).extract();
        assertThat(page.<Boolean>path("items.find { it.code == 'GARANTIE_SOFISCOP' }.eligibleFor.eligible")).isTrue();
        assertThat(page.<Boolean>path("items.find { it.code == 'GARANTIE_SOGAMA' }.eligibleFor.eligible")).isFalse();
        List<String> sogama = page.path("items.find { it.code == 'GARANTIE_SOGAMA' }.eligibleFor.reasons");
        assertThat(String.join("|", sogama)).contains("ASSOCIATION").contains("COOPERATIVE");
        List<String> amorcage = page.path("items.find { it.code == 'FONDS_AMORCAGE_ASSOCIATIF' }.eligibleFor.reasons");
        assertThat(amorcage).isEmpty();
        List<String> sifa = page.path("items.find { it.code == 'SIFA' }.eligibleFor.reasons");
        assertThat(String.join("|", sifa)).contains("below its floor");
        List<String> fondsEss = page.path("items.find { it.code == 'FONDS_ESS' }.eligibleFor.reasons");
        assertThat(String.join("|", fondsEss)).contains("does not exist yet");
        assertThat(page.<String>path("items[0].eligibleFor.enterpriseId")).isEqualTo(scop.id().toString());

        given().queryParam("eligibleFor", UUID.randomUUID()).get(FinancingApi.INSTRUMENTS).then().statusCode(404);
    }

    @Test
    void anEnterpriseOutsideTheRegionIsRefusedTheRegionsTools() {
        RegistryFeed.Enterprise parisian = new RegistryFeed.Enterprise(UUID.randomUUID(), 0, "ASSOCIATION",
                LocalDate.of(2012, 1, 1), List.of("75"), null, null, "REGISTERED");
        FinancingApi.known(dataSource, bootstrapServers, parisian);
        List<String> reasons = FinancingApi.apply(parisian.id(), "PASS_OCCITANIE", "5000", null).then().statusCode(422)
                .extract().path("errors.message");
        assertThat(String.join("|", reasons)).contains("départements");
        FinancingApi.apply(parisian.id(), "FONDS_CONFIANCE", "5000", null).then().statusCode(201);
    }

    @Test
    void aStruckOffEnterpriseCannotApplyAndItsOpenFilesAreFlagged() {
        RegistryFeed.Enterprise association = RegistryFeed.Enterprise.association(LocalDate.of(2014, 1, 1), "32");
        FinancingApi.known(dataSource, bootstrapServers, association);
        String open = FinancingApi.draft(association.id(), "FONDS_CONFIANCE", "8000", null);
        FinancingApi.transition(open, "submission", null).then().statusCode(200);
        String draft = FinancingApi.draft(association.id(), "FONDS_CONFIANCE", "9000", null);

        FinancingApi.known(dataSource, bootstrapServers, association.next("STRUCK_OFF"));

        List<String> reasons = FinancingApi.apply(association.id(), "FONDS_CONFIANCE", "8000", null).then().statusCode(422)
                .extract().path("errors.message");
        assertThat(String.join("|", reasons)).contains("struck off");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                given().get(FinancingApi.APPLICATIONS + "/" + open).then().body("enterpriseStruckOff", equalTo(true)));
        given().get(FinancingApi.APPLICATIONS + "/" + draft).then().body("enterpriseStruckOff", equalTo(true));
        FinancingApi.transition(draft, "submission", null).then().statusCode(409);
        List<String> notes = given().get(FinancingApi.APPLICATIONS + "/" + open + "/history").then().extract().path("note");
        assertThat(notes).anySatisfy(note -> assertThat(note).contains("struck off"));
    }
}
