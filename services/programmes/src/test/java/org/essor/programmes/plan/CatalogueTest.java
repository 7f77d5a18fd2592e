package org.essor.programmes.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;

import org.essor.programmes.ProgrammesApi;
import org.essor.programmes.app.ProgrammeCatalogue;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The corrected catalogue, loaded from the plan's reference file, and which schemes take calls. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "programme-officer", roles = "programme-officer")
class CatalogueTest {

    @Test
    void theCatalogueIsTheReferenceFileWithEachSchemesStatus() {
        List<String> codes = given().get("/api/v1/programmes").then().statusCode(200).extract().path("code");
        assertThat(codes).containsExactlyInAnyOrderElementsOf(
                ProgrammeCatalogue.schemes().stream().map(ProgrammeCatalogue.Scheme::code).toList())
                .contains("CATALIS", "ALTER_INCUB", "DLA", "ACTIV_ASSO", "CRGE_GROUPEMENTS_EMPLOYEURS", "CAE_TEST_ACTIVITE",
                        "URSCOP_TRANSMISSION_REPRISE_SCOP", "DIPLOME_ENTREPRENEURIAT_ESS");

        given().get("/api/v1/programmes/YESS_ACADEMIE_ENTREPRISES").then().statusCode(200)
                .body("status", equalTo("TO_BE_BUILT")).body("takesCalls", equalTo(false))
                .body("applicantKinds", hasItems("ENTERPRISE", "UNREGISTERED_ENTERPRISE"));
        given().get("/api/v1/programmes/ALTER_VENTURE").then().body("status", equalTo("EXPERIMENTAL"))
                .body("takesCalls", equalTo(true));
        given().get("/api/v1/programmes/FABRIQUE_A_INITIATIVES").then().body("status", equalTo("TO_BE_EXPERIMENTED"))
                .body("takesCalls", equalTo(true)).body("applicantKinds", hasItems("PERSON"));
        given().get("/api/v1/programmes/REALIS").then().body("partners", equalTo(List.of("MOUVES")))
                .body("applicantKinds", hasItems("ENTERPRISE", "PERSON"));
        given().get("/api/v1/programmes/INCUBATEURS_INNOVATION_SOCIALE").then()
                .body("splitInto", hasItems("CATALIS", "ALTER_INCUB"));
        given().get("/api/v1/programmes/CATALIS").then().body("kind", equalTo("INCUBATOR"))
                .body("applicantKinds", hasItems("PERSON"));
        given().get("/api/v1/programmes/DIPLOME_ENTREPRENEURIAT_ESS").then().body("kind", equalTo("TRAINING"));
        given().get("/api/v1/programmes/CAPMED_SSE").then().body("status", equalTo("PLANNED")).body("takesCalls", equalTo(false));
    }

    @Test
    void aSchemeThatIsNotOpenTakesNoCallAndNothingChanges() {
        for (String notOpen : List.of("YESS_ACADEMIE_ENTREPRISES", "CAPMED_SSE")) {
            given().contentType(ContentType.JSON).body(ProgrammesApi.callJson(notOpen, 5, null)).post(ProgrammesApi.CALLS)
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("takes no call"));
            List<?> calls = given().queryParam("programme", notOpen).queryParam("status", "all").queryParam("limit", 200)
                    .get(ProgrammesApi.CALLS).then().statusCode(200).extract().path("items");
            assertThat(calls).isEmpty();
        }
        // trials take calls: the plan runs Alter'Venture as one and means to try the Fabrique
        ProgrammesApi.openCall("ALTER_VENTURE", 2, null);
        ProgrammesApi.openCall("FABRIQUE_A_INITIATIVES", 2, null);
    }
}
