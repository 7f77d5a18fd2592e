package org.essor.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.essor.registry.EnterpriseJson;
import org.essor.registry.RegistryApi;
import org.essor.security.Roles;
import org.essor.testing.identifiers.TestIdentifiers;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * After its representative's erasure, nothing the registry serves of an enterprise shows the person any more: not
 * their name, e-mail or phone (not even in the replayed answer of the registration), and not the account they changed
 * the record with (history included). The audit trail, which the registry does not serve, keeps no trace of that
 * account either.
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class RepresentativeErasureTest {

    @Inject
    AgroalDataSource database;

    @Test
    void afterTheErasureNothingServedShowsTheRepresentative() throws SQLException {
        Caller officer = Caller.officer();
        String siren = TestIdentifiers.siren();
        String unique = Long.toString(System.nanoTime(), 36);
        List<String> registered = List.of("Camille Déclarée " + unique, "camille." + unique + "@example.org", "+33 5 61 00 00 01");
        List<String> amended = List.of("Étienne Effacé " + unique, "etienne." + unique + "@example.org", "+33 5 61 00 00 02");
        String idempotencyKey = UUID.randomUUID().toString();
        String registration = EnterpriseJson.association().with("siren", siren).noEstablishments()
                .establishment(TestIdentifiers.siret(siren, 1), true, "31555")
                .with("representative", representative(registered)).build();
        String id = register(officer, idempotencyKey, registration).then().statusCode(201).extract().path("id");

        Caller representative = Caller.withToken(RealmUsers.tokenOfNewUser(siren, Roles.ENTERPRISE));
        representative.patch(id, "\"0\"", "{\"usualName\":\"Ateliers " + unique + "\",\"representative\":"
                + toJson(representative(amended)) + "}").then().statusCode(200);
        assertThat(served(officer, id)).as("before the erasure").contains(amended.get(1));

        representative.transition("POST", id, "representative-erasure", "\"1\"", null)
                .then().statusCode(200).body("representative", equalTo(null));

        Response replayed = register(officer, idempotencyKey, registration);
        replayed.then().statusCode(201).header("Idempotent-Replayed", "true");
        for (Caller reader : List.of(officer, representative)) {
            String served = served(reader, id) + replayed.asString();
            assertThat(registered).allSatisfy(data -> assertThat(served).doesNotContain(data));
            assertThat(amended).allSatisfy(data -> assertThat(served).doesNotContain(data));
            List<Map<String, Object>> history = reader.history(id);
            assertThat(history).extracting(change -> change.get("changedBy"))
                    .containsExactly("registry-officer", "enterprise representative", "enterprise representative");
        }
        assertThat(representativesAuditTraces(id)).as("the amendment and the erasure")
                .containsExactly(Arrays.asList("erased", null, null), Arrays.asList("erased", null, null));
    }

    private static Response register(Caller officer, String idempotencyKey, String body) {
        return officer.request().header("Idempotency-Key", idempotencyKey).contentType(ContentType.JSON).body(body)
                .post(RegistryApi.ENTERPRISES);
    }

    /** Everything the registry answers about the enterprise: by id and identifiers, in lists, and its whole history. */
    private static String served(Caller reader, String id) {
        Response enterprise = reader.get(id);
        enterprise.then().statusCode(200);
        return String.join("\n", enterprise.asString(),
                reader.request().get(RegistryApi.ENTERPRISES + "/by-siren/{s}", enterprise.<String>path("siren")).asString(),
                reader.request().get(RegistryApi.ENTERPRISES + "/by-siret/{s}",
                        enterprise.<String>path("establishments[0].siret")).asString(),
                reader.request().get(RegistryApi.ENTERPRISES + "/by-rna/{s}", enterprise.<String>path("rna")).asString(),
                reader.request().queryParam("q", "Ateliers").queryParam("limit", 200).get(RegistryApi.ENTERPRISES).asString(),
                reader.request().queryParam("limit", 200).get(RegistryApi.ENTERPRISES + "/{id}/history", id).asString());
    }

    /** What the audit trail keeps of the changes made through the enterprise's own account: actor, subject, address. */
    private List<List<String>> representativesAuditTraces(String id) throws SQLException {
        try (var connection = database.getConnection(); var select = connection.prepareStatement("""
                SELECT actor, subject, address FROM audit_entry
                WHERE aggregate_type = 'enterprise' AND aggregate_id = ? AND roles = 'enterprise'""")) {
            select.setObject(1, UUID.fromString(id));
            var rows = select.executeQuery();
            List<List<String>> traces = new ArrayList<>();
            while (rows.next()) {
                traces.add(Arrays.asList(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
            return traces;
        }
    }

    private static Map<String, String> representative(List<String> data) {
        return Map.of("name", data.get(0), "email", data.get(1), "phone", data.get(2));
    }

    private static String toJson(Map<String, String> fields) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(fields);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
