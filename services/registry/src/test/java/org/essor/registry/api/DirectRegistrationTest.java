package org.essor.registry.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.essor.registry.EnterpriseJson;
import org.essor.registry.RegistryApi;
import org.essor.testing.identifiers.TestIdentifiers;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Registration writes its rows through the SQL client, every other change reads and writes them through Hibernate:
 * an enterprise registered the direct way must read back through the entity exactly as it was sent.
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "registry-officer", roles = "registry-officer")
class DirectRegistrationTest {

    @Test
    void anEnterpriseRegisteredTheDirectWayReadsBackThroughTheEntityUnchanged() {
        EnterpriseJson association = EnterpriseJson.association();
        association.establishment(TestIdentifiers.siret(association.siren(), 2), false, "31069");
        String id = RegistryApi.registered(association);

        // Amending with the very values it was registered with loads the entity through Hibernate and compares every
        // field: a column written differently would count as a change and give a version 1.
        given().contentType(RegistryApi.MERGE_PATCH + "; charset=UTF-8").header("If-Match", "\"0\"").body(association.build())
                .patch(RegistryApi.ENTERPRISES + "/{id}", id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("establishments", hasSize(2)).body("sectors", hasSize(2))
                .body("representative.phone", equalTo("+33 5 61 00 00 00"));
        given().get(RegistryApi.ENTERPRISES + "/{id}/history", id).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].change", equalTo("REGISTERED"))
                .body("items[0].changedBy", equalTo("registry-officer"));
        RegistryApi.transition(id, 0, "verification", null).then().statusCode(200).header("ETag", equalTo("\"1\""));
    }

    @Test
    void aRegistrationInsideAnIdempotencyKeysTransactionJoinsIt() {
        EnterpriseJson scop = EnterpriseJson.scop();
        var first = given().contentType("application/json").header("Idempotency-Key", "direct-" + scop.siren())
                .body(scop.build()).post(RegistryApi.ENTERPRISES);
        first.then().statusCode(201);
        given().contentType("application/json").header("Idempotency-Key", "direct-" + scop.siren())
                .body(scop.build()).post(RegistryApi.ENTERPRISES)
                .then().statusCode(201).body("id", equalTo(first.path("id")));
        RegistryApi.register(scop).then().statusCode(409);
    }
}
