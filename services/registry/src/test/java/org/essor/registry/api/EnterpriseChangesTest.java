package org.essor.registry.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.essor.registry.EnterpriseJson;
import org.essor.registry.RegistryApi;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "registry-officer", roles = "registry-officer")
class EnterpriseChangesTest {

    @Test
    void aPatchWithTheCurrentETagChangesTheEnterpriseAndItsVersion() {
        String id = RegistryApi.registered(EnterpriseJson.association());
        RegistryApi.patch(id, 0, "{\"usualName\":\"Les Jardins\",\"headcountBracket\":\"03\"}")
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("usualName", equalTo("Les Jardins")).body("headcountBracket", equalTo("03"));
    }

    @Test
    void aPatchThatChangesNothingKeepsTheVersion() {
        String id = RegistryApi.registered(EnterpriseJson.association());
        RegistryApi.patch(id, 0, "{\"legalCategory\":\"9220\"}").then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void aPatchNeedsIfMatchAndTheCurrentVersion() {
        String id = RegistryApi.registered(EnterpriseJson.association());
        given().contentType(RegistryApi.MERGE_PATCH).body("{\"usualName\":\"x\"}").patch(RegistryApi.ENTERPRISES + "/{id}", id)
                .then().statusCode(428).contentType("application/problem+json");
        RegistryApi.patch(id, 0, "{\"usualName\":\"first\"}").then().statusCode(200);
        RegistryApi.patch(id, 0, "{\"usualName\":\"second\"}").then().statusCode(412);
        RegistryApi.get(id).then().body("usualName", equalTo("first"));
    }

    @Test
    void aPatchBreakingARuleIsRefusedAndChangesNothing() {
        String id = RegistryApi.registered(EnterpriseJson.association());
        RegistryApi.patch(id, 0, "{\"legalCategory\":\"5710\"}").then().statusCode(422);
        RegistryApi.patch(id, 0, "{\"turnover\":1}").then().statusCode(400);
        RegistryApi.get(id).then().header("ETag", equalTo("\"0\"")).body("legalCategory", equalTo("9220"));
    }

    @Test
    void twoUpdatesOfTheSameVersionGiveOne200AndOne412() throws Exception {
        String id = RegistryApi.registered(EnterpriseJson.association());
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> racers = List.of("A", "B").stream().map(name -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return RegistryApi.patch(id, 0, "{\"usualName\":\"" + name + "\"}").statusCode();
        })).toList();

        assertThat(racers.stream().map(CompletableFuture::join).sorted().toList()).containsExactly(200, 412);
        RegistryApi.get(id).then().header("ETag", equalTo("\"1\""));
    }

    @Test
    void verifyingTwiceIsAConflict() {
        String id = RegistryApi.registered(EnterpriseJson.scop());
        RegistryApi.transition(id, 0, "verification", null).then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("verifiedAt", notNullValue());
        RegistryApi.transition(id, 1, "verification", null).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aStruckOffEnterpriseCanNoLongerChange() {
        String id = RegistryApi.registered(EnterpriseJson.scop());
        RegistryApi.transition(id, 0, "strike-off", "{\"on\":\"2026-01-31\",\"reason\":\"CEASED_ACTIVITY\",\"comment\":\"liquidation\"}")
                .then().statusCode(200).body("status", equalTo("STRUCK_OFF")).body("struckOffOn", equalTo("2026-01-31"));
        RegistryApi.patch(id, 1, "{\"usualName\":\"again\"}").then().statusCode(409);
        RegistryApi.transition(id, 1, "verification", null).then().statusCode(409);
        RegistryApi.transition(id, 1, "strike-off", "{\"on\":\"2026-02-01\",\"reason\":\"OTHER\"}").then().statusCode(409);
    }

    @Test
    void aStrikeOffNeedsADateAndAKnownReason() {
        String id = RegistryApi.registered(EnterpriseJson.scop());
        RegistryApi.transition(id, 0, "strike-off", "{\"reason\":\"CEASED_ACTIVITY\"}").then().statusCode(400);
        RegistryApi.transition(id, 0, "strike-off", "{\"on\":\"2026-01-31\",\"reason\":\"BORED\"}").then().statusCode(400);
    }

    @Test
    void theEsusAgreementIsValidOrExpiredByItsDates() {
        String id = RegistryApi.registered(EnterpriseJson.essCompany());
        LocalDate today = LocalDate.now();
        RegistryApi.setEsus(id, 0, today.minusYears(1).toString(), today.plusYears(4).toString())
                .then().statusCode(200).body("esusAgreement.valid", equalTo(true)).body("esusAgreement.departement", equalTo("31"));
        RegistryApi.setEsus(id, 1, "2018-01-01", "2023-01-01").then().statusCode(200).body("esusAgreement.valid", equalTo(false));
        RegistryApi.setEsus(id, 2, "2024-01-01", "2023-01-01").then().statusCode(422);
    }

    @Test
    void theHistoryListsEveryVersionWithWhoAndWhatChanged() {
        String id = RegistryApi.registered(EnterpriseJson.association());
        RegistryApi.patch(id, 0, "{\"usualName\":\"Nouveau nom\"}").then().statusCode(200);
        RegistryApi.transition(id, 1, "verification", null).then().statusCode(200);

        given().get(RegistryApi.ENTERPRISES + "/{id}/history", id).then().statusCode(200)
                .body("items.version", contains(0, 1, 2))
                .body("items.change", contains("REGISTERED", "UPDATED", "VERIFIED"))
                .body("items[1].changedFields", contains("usualName"))
                .body("items.changedBy", hasItems("registry-officer"))
                .body("items[2].state.status", equalTo("VERIFIED"));
        String next = given().queryParam("limit", 2).get(RegistryApi.ENTERPRISES + "/{id}/history", id).path("nextCursor");
        given().queryParam("limit", 2).queryParam("cursor", next).get(RegistryApi.ENTERPRISES + "/{id}/history", id)
                .then().body("items.version", contains(2)).body("nextCursor", equalTo(null));
    }

    @Test
    void erasingTheRepresentativeRemovesThePersonalDataAndKeepsTheRest() {
        String id = RegistryApi.registered(EnterpriseJson.association());
        RegistryApi.transition(id, 0, "representative-erasure", null).then().statusCode(200)
                .body("representative", equalTo(null)).body("representativeErasedAt", notNullValue())
                .body("legalName", notNullValue());
        String history = given().get(RegistryApi.ENTERPRISES + "/{id}/history", id).asString();
        assertThat(history).doesNotContain("camille.martin@example.org").doesNotContain("Camille Martin");
    }
}
