package org.essor.registry.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.essor.kernel.Actor;
import org.essor.registry.EnterpriseJson;
import org.essor.registry.app.EnterpriseRegister;
import org.essor.registry.RegistryApi;
import org.essor.testing.identifiers.TestIdentifiers;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.vertx.VertxContextSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "registry-officer", roles = "registry-officer")
class EnterpriseReadingTest {

    static final String OWN_SIREN = "552081317";

    @Test
    void findsAnEnterpriseByEachOfItsIdentifiers() {
        EnterpriseJson association = EnterpriseJson.association();
        String id = RegistryApi.registered(association);

        given().get(RegistryApi.ENTERPRISES + "/by-siren/{s}", association.siren()).then().statusCode(200).body("id", equalTo(id));
        given().get(RegistryApi.ENTERPRISES + "/by-siret/{s}", association.firstSiret()).then().statusCode(200).body("id", equalTo(id));
        given().get(RegistryApi.ENTERPRISES + "/by-rna/{r}", association.rna()).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void aReadShowsExactlyWhatAChangeAnswersOfTheSameVersion() throws Exception {
        // A change answers from the entity it saved, a read from one statement on the tables: the two must agree.
        EnterpriseJson association = EnterpriseJson.association();
        association.establishment(TestIdentifiers.siret(association.siren(), 3), false, "31069")
                .establishment(TestIdentifiers.siret(association.siren(), 2), false, "09122");
        String id = RegistryApi.registered(association);
        RegistryApi.setEsus(id, RegistryApi.version(id), LocalDate.now().minusYears(1).toString(),
                LocalDate.now().plusYears(4).toString()).then().statusCode(200);
        Instant beforeChange = Instant.now().minusSeconds(1);
        Response changed = RegistryApi.patch(id, RegistryApi.version(id),
                "{\"usualName\":\"Les Jardins\",\"declaredFte\":12.25,\"sectors\":[\"HOUSING\",\"CIRCULAR_ECONOMY\"]}");
        changed.then().statusCode(200);

        ObjectMapper json = new ObjectMapper();
        for (String read : List.of("/" + id, "/by-siren/" + association.siren(), "/by-siret/" + association.firstSiret(),
                "/by-rna/" + association.rna())) {
            Response answer = given().get(RegistryApi.ENTERPRISES + read);
            answer.then().statusCode(200).header("ETag", changed.header("ETag"));
            assertThat(json.readTree(answer.asString())).as(read).isEqualTo(json.readTree(changed.asString()));
        }
        Response listed = given().queryParam("updatedSince", beforeChange.toString()).queryParam("limit", 100)
                .get(RegistryApi.ENTERPRISES);
        assertThat(json.readTree(listed.asString()).get("items")).contains(json.readTree(changed.asString()));
    }

    @Test
    void unknownOrMalformedIdentifiersAnswerClearly() {
        given().get(RegistryApi.ENTERPRISES + "/by-siren/{s}", TestIdentifiers.siren()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get(RegistryApi.ENTERPRISES + "/by-siren/{s}", "123456789").then().statusCode(400);
        given().get(RegistryApi.ENTERPRISES + "/{id}", "8d6c7a3e-4c1a-4e0f-9d51-2f1a1a1a1a1a").then().statusCode(404);
    }

    @Test
    void listsAreFilteredAndPaged() {
        String marker = "Filtre" + System.nanoTime();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            EnterpriseJson scop = EnterpriseJson.scop().with("legalName", "SCOP " + marker + " Élan " + i);
            scop.noEstablishments().establishment(TestIdentifiers.siret(scop.siren(), 1), true, "46042");
            ids.add(RegistryApi.registered(scop));
        }
        RegistryApi.registered(EnterpriseJson.association().with("legalName", "Association " + marker));

        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            Response page = given().queryParam("q", marker.toLowerCase() + " elan").queryParam("departement", "46")
                    .queryParam("legalFamily", "COOPERATIVE").queryParam("limit", 2)
                    .queryParam("cursor", cursor == null ? "" : cursor).get(RegistryApi.ENTERPRISES);
            page.then().statusCode(200);
            walked.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);

        assertThat(walked).containsExactlyElementsOf(ids);
    }

    @Test
    void filtersBySectorNafStatusAndEsus() {
        EnterpriseJson company = EnterpriseJson.essCompany().with("sectors", List.of("HOUSING"));
        String id = RegistryApi.registered(company);
        RegistryApi.setEsus(id, 0, LocalDate.now().minusYears(1).toString(), LocalDate.now().plusYears(2).toString())
                .then().statusCode(200);

        given().queryParam("sector", "HOUSING").queryParam("nafPrefix", "38.3").queryParam("status", "REGISTERED")
                .queryParam("esusValid", true).queryParam("limit", 200).get(RegistryApi.ENTERPRISES)
                .then().statusCode(200).body("items.id", hasItem(id));
        given().queryParam("esusValid", false).queryParam("sector", "HOUSING").queryParam("limit", 200)
                .get(RegistryApi.ENTERPRISES).then().body("items.id", not(hasItem(id)));
        given().queryParam("nafPrefix", "8x").get(RegistryApi.ENTERPRISES).then().statusCode(400);
        given().queryParam("legalFamily", "CLUB").get(RegistryApi.ENTERPRISES).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("legalFamily"));
        given().queryParam("esusValid", "maybe").get(RegistryApi.ENTERPRISES).then().statusCode(400);
        given().queryParam("departement", "Toulouse").get(RegistryApi.ENTERPRISES).then().statusCode(400);
    }

    @Test
    void updatedSinceListsWhatChangedInUpdateOrder() {
        Instant before = Instant.now().minusSeconds(1);
        String first = RegistryApi.registered(EnterpriseJson.scop());
        String second = RegistryApi.registered(EnterpriseJson.scop());
        RegistryApi.patch(first, 0, "{\"usualName\":\"changed later\"}").then().statusCode(200);

        List<String> changed = given().queryParam("updatedSince", before.toString()).queryParam("limit", 200)
                .get(RegistryApi.ENTERPRISES).path("items.id");
        assertThat(changed.indexOf(second)).isLessThan(changed.indexOf(first)).isGreaterThanOrEqualTo(0);
        given().queryParam("updatedSince", "yesterday").get(RegistryApi.ENTERPRISES).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "enterprise", roles = "enterprise", attributes = @SecurityAttribute(key = "siren", value = OWN_SIREN))
    void anEnterpriseSeesOnlyItsOwnRecord() throws Throwable {
        EnterpriseJson other = EnterpriseJson.scop();
        UUID otherId = registerDirectly(other);

        given().get(RegistryApi.ENTERPRISES + "/{id}", otherId).then().statusCode(404);
        given().get(RegistryApi.ENTERPRISES + "/by-siren/{s}", other.siren()).then().statusCode(404);
        List<String> sirens = given().queryParam("limit", 200).get(RegistryApi.ENTERPRISES).then().statusCode(200)
                .extract().path("items.siren");
        assertThat(sirens).doesNotContain(other.siren()).allMatch(OWN_SIREN::equals);
    }

    @Test
    @TestSecurity(user = "evaluator", roles = "evaluator")
    void anEvaluatorReadsWithoutPersonalData() throws Throwable {
        Instant before = Instant.now().minusSeconds(1);
        UUID id = registerDirectly(EnterpriseJson.association());
        given().get(RegistryApi.ENTERPRISES + "/{id}", id).then().statusCode(200)
                .body("legalName", notNullValue()).body("representative", equalTo(null));
        given().queryParam("updatedSince", before.toString()).queryParam("limit", 200).get(RegistryApi.ENTERPRISES)
                .then().statusCode(200)
                .body("items.id", hasItem(id.toString()))
                .body("items.representative", everyItem(equalTo(null)));
    }

    @Inject
    EnterpriseRegister register;

    /** Registers through the use case, since the caller of these tests may not register. */
    private UUID registerDirectly(EnterpriseJson json) throws Throwable {
        EnterpriseRequest request = new ObjectMapper().findAndRegisterModules().readValue(json.build(), EnterpriseRequest.class);
        return VertxContextSupport.subscribeAndAwait(() -> register.register(EnterpriseRequests.details(request),
                new Actor("registry-officer"))).id();
    }
}
