package org.essor.programmes.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essor.programmes.security.Dossiers.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.essor.programmes.ProgrammesApi;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Every change says who made it, through which client, with which roles, from where and in which request. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class AuditTrailTest {

    @Test
    void officersReadWhoChangedAnApplicationAndAnErasedPersonLeavesNoTrace() {
        String call = Dossiers.openCall("YESS_ACADEMIE", 10);
        String address = PublicFormTest.someAddress();
        Response created = PublicFormTest.applyAsPerson(call, "audit." + UUID.randomUUID() + "@example.org", address);
        String id = created.then().statusCode(201).extract().path("id");

        List<Map<String, Object>> before = audit(id);
        assertThat(before).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("change", "DRAFT").containsEntry("actor", "applicant")
                    .containsEntry("address", address).containsEntry("version", 0);
            assertThat(entry.get("subject")).isNull();
            assertThat(entry.get("correlationId")).isEqualTo(created.header("X-Correlation-Id"));
        });

        Response erasure = as(Tokens.officer()).post(ProgrammesApi.APPLICATIONS + "/{id}/person-erasure", id);
        erasure.then().statusCode(204);

        List<Map<String, Object>> after = audit(id);
        assertThat(after).hasSize(2);
        assertThat(after.get(0)).containsEntry("actor", "erased").containsEntry("change", "DRAFT");
        assertThat(after.get(0).get("address")).isNull();
        assertThat(after.get(1)).containsEntry("actor", "programme-officer").containsEntry("client", "essor-web")
                .containsEntry("roles", List.of("programme-officer")).containsEntry("address", "127.0.0.1")
                .containsEntry("correlationId", erasure.header("X-Correlation-Id"));
        assertThat((String) after.get(1).get("subject")).matches("[0-9a-f-]{36}");
    }

    @Test
    void onlyOfficersAndAdministratorsReadIt() {
        String call = Dossiers.openCall("YESS_ACADEMIE", 10);
        String id = PublicFormTest.applyAsPerson(call, "audit." + UUID.randomUUID() + "@example.org",
                PublicFormTest.someAddress()).then().statusCode(201).extract().path("id");
        as(Tokens.admin()).get(ProgrammesApi.APPLICATIONS + "/{id}/audit", id).then().statusCode(200);
        as(Tokens.evaluator()).get(ProgrammesApi.APPLICATIONS + "/{id}/audit", id).then().statusCode(403);
        as(Tokens.partner()).get(ProgrammesApi.APPLICATIONS + "/{id}/audit", id).then().statusCode(403);
        as(Tokens.officer()).get(ProgrammesApi.APPLICATIONS + "/{id}/audit", UUID.randomUUID()).then().statusCode(404);
    }

    private static List<Map<String, Object>> audit(String id) {
        return as(Tokens.officer()).get(ProgrammesApi.APPLICATIONS + "/{id}/audit", id).then().statusCode(200)
                .extract().path("items");
    }
}
