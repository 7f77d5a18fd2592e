package org.essor.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.essor.registry.EnterpriseJson;
import org.essor.registry.RegistryApi;
import org.essor.testing.identifiers.TestIdentifiers;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.essor.testing.quarkus.SharedKeycloak;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Every change of an enterprise says who made it, through which client, with which roles, from where, in which request. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class EnterpriseAuditTest {

    private static final String AUDIT = RegistryApi.ENTERPRISES + "/{id}/audit";

    @Test
    void officersReadWhoChangedAnEnterpriseThroughWhichClientAndFromWhere() {
        String partner = SharedKeycloak.get().clientCredentialsToken("essor-partner", "essor-partner-secret");
        Response registered = Caller.withToken(partner).request().contentType(ContentType.JSON)
                .body(EnterpriseJson.association().build()).post(RegistryApi.ENTERPRISES);
        String id = registered.then().statusCode(201).extract().path("id");
        Response amended = Caller.officer().request().contentType(RegistryApi.MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"usualName\":\"La Recyclerie du Port\"}").patch(RegistryApi.ENTERPRISES + "/{id}", id);
        amended.then().statusCode(200);

        List<Map<String, Object>> entries = Caller.user("admin").request().get(AUDIT, id).then().statusCode(200)
                .extract().path("items");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).containsEntry("aggregateType", "enterprise").containsEntry("aggregateId", id)
                .containsEntry("version", 0).containsEntry("change", "REGISTERED")
                .containsEntry("actor", "service-account-essor-partner").containsEntry("client", "essor-partner")
                .containsEntry("roles", List.of("partner")).containsEntry("address", "127.0.0.1")
                .containsEntry("correlationId", registered.header("X-Correlation-Id"));
        assertThat(entries.get(1)).containsEntry("version", 1).containsEntry("actor", "registry-officer")
                .containsEntry("client", "essor-web").containsEntry("roles", List.of("registry-officer"))
                .containsEntry("correlationId", amended.header("X-Correlation-Id"));
        assertThat((String) entries.get(1).get("subject")).matches("[0-9a-f-]{36}");
    }

    @Test
    void theEnterprisesOfAnImportAreAuditedAsChangesOfWhoeverSubmittedIt() {
        String siren = TestIdentifiers.siren();
        String file = String.join("\n", ImportReportInjectionTest.HEADER,
                siren + "," + TestIdentifiers.siret(siren, 1) + ",Association Auditée,9220,88.99B,01,31555,,O", "");
        Response submitted = Caller.officer().request().contentType("text/csv").body(file).post(ImportReportInjectionTest.IMPORTS);
        submitted.then().statusCode(202);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> "COMPLETED".equals(Caller.officer().request().get(submitted.header("Location")).path("status")));
        String id = Caller.officer().request().get(RegistryApi.ENTERPRISES + "/by-siren/{siren}", siren).then().statusCode(200)
                .extract().path("id");

        List<Map<String, Object>> entries = Caller.officer().request().get(AUDIT, id).then().statusCode(200)
                .extract().path("items");
        assertThat(entries).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("change", "REGISTERED").containsEntry("actor", "registry-officer")
                .containsEntry("client", "essor-web").containsEntry("roles", List.of("registry-officer"))
                .containsEntry("address", "127.0.0.1").containsEntry("correlationId", submitted.header("X-Correlation-Id")));
    }

    @Test
    void onlyRegistryOfficersAndAdministratorsReadIt() {
        String id = Caller.officer().register(EnterpriseJson.association());
        Caller.officer().request().get(AUDIT, id).then().statusCode(200);
        Caller.user("evaluator").request().get(AUDIT, id).then().statusCode(403);
        Caller.user("enterprise").request().get(AUDIT, id).then().statusCode(403);
        Caller.user("programme-officer").request().get(AUDIT, id).then().statusCode(403);
        Caller.officer().request().get(AUDIT, UUID.randomUUID()).then().statusCode(404);
    }
}
