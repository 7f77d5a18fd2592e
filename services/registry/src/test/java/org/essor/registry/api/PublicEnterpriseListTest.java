package org.essor.registry.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.essor.kernel.Actor;
import org.essor.registry.EnterpriseJson;
import org.essor.registry.app.EnterpriseRegister;
import org.essor.registry.domain.StrikeOffReason;
import org.essor.testing.identifiers.TestIdentifiers;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;

/** The list the CRESS publishes: without a token, facts of the legal persons only. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class PublicEnterpriseListTest {

    private static final String PUBLIC = "/api/v1/enterprises/public";
    private static final Set<String> PUBLIC_FIELDS = Set.of("id", "siren", "rna", "legalName", "legalCategory",
            "legalCategoryLabel", "legalFamily", "cooperativeKind", "nafCode", "nafVersion", "communeCode",
            "departementCode", "esusValid");

    @Inject
    EnterpriseRegister register;

    @Test
    void listsWithoutATokenAndWithoutPersonalData() throws Throwable {
        String commune = "48095";
        EnterpriseJson association = EnterpriseJson.association();
        association.noEstablishments().establishment(TestIdentifiers.siret(association.siren(), 1), true, commune);
        UUID id = registerDirectly(association);

        Response page = given().queryParam("commune", commune).queryParam("limit", 200).get(PUBLIC);
        page.then().statusCode(200);
        List<Map<String, Object>> items = page.jsonPath().getList("items");
        Map<String, Object> listed = items.stream().filter(item -> item.get("id").equals(id.toString())).findFirst().orElseThrow();
        assertThat(PUBLIC_FIELDS).containsAll(listed.keySet());
        assertThat(listed).containsEntry("siren", association.siren()).containsEntry("legalFamily", "ASSOCIATION")
                .containsEntry("legalCategoryLabel", "Association déclarée").containsEntry("communeCode", commune)
                .containsEntry("departementCode", "48").containsEntry("esusValid", false);
        assertThat(page.asString()).doesNotContain("Camille", "camille.martin@example.org", "+33", "Jardins du Lauragais");

        given().queryParam("commune", commune).queryParam("legalFamily", "COOPERATIVE").get(PUBLIC)
                .then().statusCode(200).body("items.findAll { it.id == '" + id + "' }.size()", equalTo(0));
    }

    @Test
    void exportsTheListAsCsvAndJsonWithoutPersonalDataAndWithNeutralisedFormulas() throws Throwable {
        String commune = "48061";
        EnterpriseJson scop = EnterpriseJson.scop().with("legalName", "=HYPERLINK(\"http://evil\") SCOP de Lozère");
        scop.noEstablishments().establishment(TestIdentifiers.siret(scop.siren(), 1), true, commune);
        UUID id = registerDirectly(scop);

        Response csv = given().queryParam("commune", commune).get(PUBLIC + "/export");
        csv.then().statusCode(200).contentType("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment");
        assertThat(csv.asString()).startsWith(String.join(",", PublicListCsv.HEADER))
                .contains(id + "," + scop.siren() + ",,\"'=HYPERLINK(\"\"http://evil\"\") SCOP de Lozère\",5458,")
                .contains(",COOPERATIVE,SCOP,16.23Z,NAF_REV2," + commune + ",48,false");

        Response json = given().queryParam("commune", commune).queryParam("format", "json").get(PUBLIC + "/export");
        json.then().statusCode(200).contentType("application/json");
        List<Map<String, Object>> rows = json.jsonPath().getList("$");
        assertThat(rows).anySatisfy(row -> assertThat(row).containsEntry("id", id.toString())
                .containsEntry("cooperativeKind", "SCOP"));
        assertThat(rows).allSatisfy(row -> assertThat(PUBLIC_FIELDS).containsAll(row.keySet()));
    }

    @Test
    void struckOffEnterprisesAreNotPublished() throws Throwable {
        String commune = "48066";
        EnterpriseJson company = EnterpriseJson.essCompany();
        company.noEstablishments().establishment(TestIdentifiers.siret(company.siren(), 1), true, commune);
        UUID id = registerDirectly(company);
        VertxContextSupport.subscribeAndAwait(() -> register.strikeOff(id, 0, LocalDate.now(), StrikeOffReason.CEASED_ACTIVITY,
                "comment", new Actor("registry-officer")));

        given().queryParam("commune", commune).get(PUBLIC)
                .then().statusCode(200).body("items.findAll { it.id == '" + id + "' }.size()", equalTo(0));
    }

    @Test
    void pagesFollowTheCursorAndBadFiltersAreA400() throws Throwable {
        String commune = "48080";
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            EnterpriseJson association = EnterpriseJson.association().with("legalName", "Association de Lozère " + i);
            association.noEstablishments().establishment(TestIdentifiers.siret(association.siren(), 1), true, commune);
            registered.add(registerDirectly(association).toString());
        }
        List<String> listed = new ArrayList<>();
        String cursor = null;
        String firstCursor = null;
        do {
            var request = given().queryParam("commune", commune).queryParam("limit", 2);
            Response page = (cursor == null ? request : request.queryParam("cursor", cursor)).get(PUBLIC);
            page.then().statusCode(200);
            List<String> ids = page.path("items.id");
            assertThat(ids).hasSizeLessThanOrEqualTo(2);
            listed.addAll(ids);
            cursor = page.path("nextCursor");
            firstCursor = firstCursor == null ? cursor : firstCursor;
        } while (cursor != null);
        assertThat(listed).doesNotHaveDuplicates().containsAll(registered);
        given().queryParam("commune", "48081").queryParam("cursor", firstCursor).get(PUBLIC)
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));

        given().queryParam("commune", "Mende").get(PUBLIC).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("commune"));
        given().queryParam("legalFamily", "NGO").get(PUBLIC).then().statusCode(400).body("errors[0].field", equalTo("legalFamily"));
        given().queryParam("format", "xls").get(PUBLIC + "/export").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }

    private UUID registerDirectly(EnterpriseJson json) throws Throwable {
        EnterpriseRequest request = new ObjectMapper().findAndRegisterModules().readValue(json.build(), EnterpriseRequest.class);
        return VertxContextSupport.subscribeAndAwait(() -> register.register(EnterpriseRequests.details(request),
                new Actor("registry-officer"))).id();
    }
}
