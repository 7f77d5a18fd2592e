package org.essor.registry.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.essor.registry.EnterpriseJson;
import org.essor.registry.RegistryApi;
import org.essor.testing.identifiers.TestIdentifiers;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "registry-officer", roles = "registry-officer")
class EnterpriseRegistrationTest {

    @Test
    void registersAnAssociationWithItsFamilyDerivedFromItsCategory() {
        EnterpriseJson association = EnterpriseJson.association();
        Response response = RegistryApi.register(association);

        response.then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"0\""))
                .body("id", notNullValue())
                .body("status", equalTo("REGISTERED"))
                .body("siren", equalTo(association.siren()))
                .body("legalFamily", equalTo("ASSOCIATION"))
                .body("essBasis", equalTo("STATUTORY_FAMILY"))
                .body("establishments[0].departementCode", equalTo("31"))
                .body("establishments[0].headOffice", equalTo(true))
                .body("representative.email", equalTo("camille.martin@example.org"));
        given().get(response.header("Location")).then().statusCode(200).body("legalName", equalTo(
                "Association Les Jardins Partagés du Lauragais"));
    }

    @Test
    void registersACooperativeWithItsKindAndACommercialEssCompany() {
        RegistryApi.register(EnterpriseJson.scop()).then().statusCode(201)
                .body("legalFamily", equalTo("COOPERATIVE")).body("cooperativeKind", equalTo("SCOP"));
        RegistryApi.register(EnterpriseJson.essCompany()).then().statusCode(201)
                .body("legalFamily", equalTo("COMMERCIAL_COMPANY")).body("essBasis", equalTo("COMMERCIAL_ESS_COMPANY"));
    }

    @ParameterizedTest
    @CsvSource({"5192, BANKING", "6318, AGRICULTURAL", "5547, HLM", "5451, CONSUMER", "5459, UNION"})
    void cooperativesOfEveryKindAreCooperativesByTheirStatutes(String category, String kind) {
        RegistryApi.register(EnterpriseJson.essCompany().without("essBasis").with("legalCategory", category))
                .then().statusCode(201).body("legalFamily", equalTo("COOPERATIVE")).body("cooperativeKind", equalTo(kind))
                .body("essBasis", equalTo("STATUTORY_FAMILY"));
    }

    @Test
    void aCategoryInseeDoesNotHaveIsRefusedWithTheReason() {
        RegistryApi.register(EnterpriseJson.essCompany().with("legalCategory", "5720"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.find { it.field == 'legalCategory' }.message",
                        equalTo("5720 is not a catégorie juridique of INSEE's nomenclature (level III)"));
    }

    @Test
    void anAssociationMayHaveOnlyAnRna() {
        RegistryApi.register(EnterpriseJson.association().without("siren").noEstablishments().establishment(null, true, "81004"))
                .then().statusCode(201).body("siren", equalTo(null)).body("rna", notNullValue());
    }

    @Test
    void aCommercialCompanyWithoutEssBasisIsRefusedWithTheReason() {
        RegistryApi.register(EnterpriseJson.essCompany().without("essBasis"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("essBasis"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000", "7210", "4110"})
    void aUnitThatIsNoLegalPersonOfPrivateLawIsRefusedWithTheReason(String category) {
        RegistryApi.register(EnterpriseJson.essCompany().with("legalCategory", category))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.find { it.field == 'legalCategory' }.message", containsString("legal persons of private law"));
    }

    @Test
    void aNafCodeTheNomenclatureDoesNotHaveIsRefusedWithTheReason() {
        RegistryApi.register(EnterpriseJson.essCompany().with("nafCode", "88.99C"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.find { it.field == 'nafCode' }.message", containsString("not a sous-classe of the NAF"));
    }

    @Test
    void aCooperativeWithoutSirenIsRefused() {
        RegistryApi.register(EnterpriseJson.scop().without("siren").noEstablishments().establishment(null, true, "34172"))
                .then().statusCode(422).body("errors.field", hasItem("siren"));
    }

    @Test
    void aSiretOfAnotherSirenIsRefused() {
        EnterpriseJson scop = EnterpriseJson.scop();
        scop.establishment(TestIdentifiers.siret(TestIdentifiers.siren(), 2), false, "31555");
        RegistryApi.register(scop).then().statusCode(422).body("errors.field", hasItem("establishments[1].siret"));
    }

    @Test
    void anEnterpriseWithNoEstablishmentInOccitanieIsRefused() {
        EnterpriseJson parisian = EnterpriseJson.scop();
        parisian.noEstablishments().establishment(TestIdentifiers.siret(parisian.siren(), 1), true, "75056");
        RegistryApi.register(parisian).then().statusCode(422).body("errors.field", hasItem("establishments"));
    }

    @Test
    void identifiersWithAWrongCheckDigitAreA400NamingTheField() {
        EnterpriseJson badSiren = EnterpriseJson.scop();
        badSiren.with("siren", TestIdentifiers.wrongCheckDigit(badSiren.siren()));
        RegistryApi.register(badSiren).then().statusCode(400).body("errors[0].field", equalTo("siren"));

        EnterpriseJson badSiret = EnterpriseJson.scop();
        badSiret.noEstablishments().establishment(TestIdentifiers.wrongCheckDigit(TestIdentifiers.siret(badSiret.siren(), 1)),
                true, "34172");
        RegistryApi.register(badSiret).then().statusCode(400).body("errors[0].field", equalTo("establishments[0].siret"));

        RegistryApi.register(EnterpriseJson.association().with("rna", "X751234567"))
                .then().statusCode(400).body("errors[0].field", equalTo("rna"));
        RegistryApi.register(EnterpriseJson.association().with("legalCategory", "92"))
                .then().statusCode(400).body("errors[0].field", equalTo("legalCategory"));
        RegistryApi.register(EnterpriseJson.association().with("headcountBracket", "99"))
                .then().statusCode(400).body("errors[0].field", equalTo("headcountBracket"));
    }

    @Test
    void missingOrUnknownFieldsAreA400() {
        RegistryApi.register(EnterpriseJson.association().without("legalName"))
                .then().statusCode(400).body("errors.field", hasItem("legalName"));
        RegistryApi.register(EnterpriseJson.association().with("turnover", 12))
                .then().statusCode(400).body("errors[0].field", equalTo("turnover"));
        RegistryApi.register(EnterpriseJson.association().with("representative", java.util.Map.of("email", "not-an-email")))
                .then().statusCode(400).body("errors.field", hasItem("representative.email"));
    }

    @Test
    void eachIdentifierIsUniqueInTheRegister() {
        EnterpriseJson first = EnterpriseJson.scop();
        RegistryApi.registered(first);

        EnterpriseJson sameSiren = EnterpriseJson.scop().with("siren", first.siren()).noEstablishments()
                .establishment(TestIdentifiers.siret(first.siren(), 7), true, "34172");
        RegistryApi.register(sameSiren).then().statusCode(409).contentType("application/problem+json");

        EnterpriseJson association = EnterpriseJson.association();
        RegistryApi.registered(association);
        RegistryApi.register(EnterpriseJson.association().with("rna", association.rna())).then().statusCode(409);
    }

    @Test
    void theSameIdempotencyKeyAndBodyCreateOneEnterprise() {
        String key = UUID.randomUUID().toString();
        String body = EnterpriseJson.association().build();
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(RegistryApi.ENTERPRISES);
        Response replay = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(RegistryApi.ENTERPRISES);

        first.then().statusCode(201);
        replay.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"));
        assertThat(replay.<String>path("id")).isEqualTo(first.path("id"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(EnterpriseJson.association().build())
                .post(RegistryApi.ENTERPRISES).then().statusCode(422);
    }

    @Test
    @TestSecurity(user = "partner-system", roles = "partner")
    void aPartnerMayRegisterButSeesNoPersonalData() {
        String id = RegistryApi.registered(EnterpriseJson.association());
        RegistryApi.get(id).then().statusCode(200).body("representative", equalTo(null));
    }

    @Test
    @TestSecurity(user = "evaluator", roles = "evaluator")
    void anEvaluatorMayNotRegister() {
        RegistryApi.register(EnterpriseJson.association()).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity
    void withoutATokenNothingIsRegistered() {
        RegistryApi.register(EnterpriseJson.association()).then().statusCode(401);
    }
}
