package org.essor.programmes.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.programmes.ProgrammesApi;
import org.essor.testing.kafka.RegistryFeed;
import org.essor.programmes.app.ProgrammeCatalogue;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "programme-officer", roles = "programme-officer")
class EligibilityTest {

    /** REALIS creation track: cooperatives and associations under 3 years old in the call's territory. */
    static final String CREATION_TRACK = "{\"stages\":[\"EMERGENCE_CREATION\"],\"legalFamilies\":[\"ASSOCIATION\",\"COOPERATIVE\"],"
            + "\"maxEnterpriseAgeYears\":3}";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @TestSecurity
    void theCatalogueIsPublic() {
        given().get("/api/v1/programmes").then().statusCode(200).body("code", hasItem("REALIS"))
                .body("code", hasSize(ProgrammeCatalogue.schemes().size()));
        given().get("/api/v1/programmes/YESS_ACADEMIE").then().statusCode(200).body("takesPersonApplicants", equalTo(true));
        given().get("/api/v1/programmes/ALTER_VENTURE").then().statusCode(200).body("takesPersonApplicants", equalTo(false));
        given().get("/api/v1/programmes/NOPE").then().statusCode(404);
    }

    @Test
    void ineligibleEnterprisesAreRefusedWithEveryReason() {
        String call = ProgrammesApi.openCall("REALIS", 5, CREATION_TRACK);
        RegistryFeed.Enterprise old = new RegistryFeed.Enterprise(UUID.randomUUID(), 0, "MUTUAL", LocalDate.of(2001, 1, 1),
                List.of("75"), null, null, "REGISTERED");
        publish(old);

        List<String> reasons = ProgrammesApi.apply(call, old.id(), "DEVELOPMENT").then().statusCode(422)
                .contentType("application/problem+json").extract().path("errors.message");
        assertThat(String.join("|", reasons)).contains("stages").contains("MUTUAL").contains("years old")
                .contains("départements");

        given().queryParam("eligibleFor", old.id()).queryParam("stage", "DEVELOPMENT").get(ProgrammesApi.CALLS)
                .then().statusCode(200);
        List<Boolean> eligible = given().queryParam("eligibleFor", old.id()).queryParam("limit", 200).get(ProgrammesApi.CALLS)
                .path("items.findAll { it.id == '" + call + "' }.eligibleFor.eligible");
        assertThat(eligible).containsExactly(false);
    }

    @Test
    void anEligibleYoungAssociationApplies() {
        String call = ProgrammesApi.openCall("REALIS", 5, CREATION_TRACK);
        RegistryFeed.Enterprise young = RegistryFeed.Enterprise.association(LocalDate.now().minusYears(1), "34");
        publish(young);
        List<Boolean> eligible = given().queryParam("eligibleFor", young.id()).queryParam("stage", "EMERGENCE_CREATION")
                .queryParam("limit", 200).get(ProgrammesApi.CALLS).path("items.findAll { it.id == '" + call + "' }.eligibleFor.eligible");
        assertThat(eligible).containsExactly(true);
        ProgrammesApi.apply(call, young.id(), "EMERGENCE_CREATION").then().statusCode(201).body("departement", equalTo("34"));
        ProgrammesApi.apply(call, young.id(), "EMERGENCE_CREATION").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void unknownAndStruckOffEnterprisesAreRefused() {
        String call = ProgrammesApi.openCall("REALIS", 5, null);
        ProgrammesApi.apply(call, UUID.randomUUID(), "DEVELOPMENT").then().statusCode(404);

        RegistryFeed.Enterprise gone = RegistryFeed.Enterprise.association(LocalDate.of(2015, 1, 1), "31");
        publish(gone);
        RegistryFeed.Enterprise struckOff = gone.next("STRUCK_OFF");
        publish(struckOff);
        ProgrammesApi.awaitKnown(dataSource, gone.id(), 1, "STRUCK_OFF");
        List<String> reasons = ProgrammesApi.apply(call, gone.id(), "DEVELOPMENT").then().statusCode(422)
                .extract().path("errors.message");
        assertThat(reasons).anySatisfy(reason -> assertThat(reason).contains("struck off"));
    }

    @Test
    void anEsusAgreementCanBeRequired() {
        String call = ProgrammesApi.openCall("ALTER_VENTURE", 5, "{\"esusRequired\":true}");
        RegistryFeed.Enterprise withoutEsus = RegistryFeed.Enterprise.association(LocalDate.of(2015, 1, 1), "31");
        publish(withoutEsus);
        ProgrammesApi.apply(call, withoutEsus.id(), "SCALING").then().statusCode(422);

        RegistryFeed.Enterprise withEsus = new RegistryFeed.Enterprise(UUID.randomUUID(), 0, "COMMERCIAL_COMPANY",
                LocalDate.of(2015, 1, 1), List.of("31"), LocalDate.now().minusYears(1), LocalDate.now().plusYears(2), "VERIFIED");
        publish(withEsus);
        ProgrammesApi.apply(call, withEsus.id(), "SCALING").then().statusCode(201);
    }

    @Test
    void aCallIsCheckedWhenOpened() {
        given().contentType("application/json").body(ProgrammesApi.callJson("NOPE", 5, null)).post(ProgrammesApi.CALLS)
                .then().statusCode(422);
        given().contentType("application/json").body(ProgrammesApi.callJson("REALIS", 0, null)).post(ProgrammesApi.CALLS)
                .then().statusCode(400);
        given().contentType("application/json").body(ProgrammesApi.callJson("YESS_ACADEMIE", 5, "{\"stages\":[\"SCALING\"]}"))
                .post(ProgrammesApi.CALLS).then().statusCode(422);
    }

    @Test
    @TestSecurity(user = "partner", roles = "partner")
    void onlyProgrammeOfficersOpenCalls() {
        given().contentType("application/json").body(ProgrammesApi.callJson("REALIS", 5, null)).post(ProgrammesApi.CALLS)
                .then().statusCode(403);
    }

    private void publish(RegistryFeed.Enterprise enterprise) {
        try (RegistryFeed feed = new RegistryFeed(bootstrapServers)) {
            feed.publish(enterprise);
        }
        ProgrammesApi.awaitKnown(dataSource, enterprise.id(), enterprise.version(), enterprise.status());
    }
}
