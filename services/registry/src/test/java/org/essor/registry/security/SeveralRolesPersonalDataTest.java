package org.essor.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.essor.registry.EnterpriseJson;
import org.essor.registry.RegistryApi;
import org.essor.security.Roles;
import org.essor.testing.identifiers.TestIdentifiers;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The {@code enterprise} role gives a representative's personal data, and the right to change them, for its own
 * enterprise only, even to a caller who holds another role as well; an officer's role gives them for every enterprise.
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class SeveralRolesPersonalDataTest {

    Caller officer;
    Instant before;
    String ownSiren;
    String ownId;
    String otherId;

    @BeforeEach
    void registerTheCallersEnterpriseAndAnother() {
        officer = Caller.officer();
        before = Instant.now().minusSeconds(1);
        ownSiren = TestIdentifiers.siren();
        ownId = officer.register(EnterpriseJson.association().with("siren", ownSiren).noEstablishments()
                .establishment(TestIdentifiers.siret(ownSiren, 1), true, "31555"));
        otherId = officer.register(EnterpriseJson.association());
    }

    @Test
    void anEnterpriseThatIsAlsoAnEvaluatorSeesOnlyItsOwnRepresentative() {
        Caller caller = Caller.withToken(RealmUsers.tokenOfNewUser(ownSiren, Roles.ENTERPRISE, Roles.EVALUATOR));

        caller.get(ownId).then().statusCode(200).body("representative.email", equalTo("camille.martin@example.org"));
        caller.get(otherId).then().statusCode(200).body("legalName", notNullValue()).body("representative", nullValue());
        List<Map<String, Object>> listed = caller.request().queryParam("updatedSince", before.toString())
                .queryParam("limit", 200).get(RegistryApi.ENTERPRISES).then().statusCode(200).extract().path("items");
        assertThat(listed).extracting(item -> item.get("id")).contains(ownId, otherId);
        assertThat(listed).filteredOn(item -> !ownSiren.equals(item.get("siren")))
                .allSatisfy(item -> assertThat(item).doesNotContainKey("representative"));
    }

    @Test
    void anEnterpriseThatIsAlsoAnEvaluatorChangesOnlyItsOwnRecord() {
        Caller caller = Caller.withToken(RealmUsers.tokenOfNewUser(ownSiren, Roles.ENTERPRISE, Roles.EVALUATOR));
        long version = officer.version(otherId);

        caller.patch(otherId, "\"" + version + "\"", "{\"representative\":{\"name\":\"Intrus\"}}")
                .then().statusCode(404).body("detail", equalTo("No such enterprise"));
        caller.transition("POST", otherId, "representative-erasure", "\"" + version + "\"", null)
                .then().statusCode(404).body("detail", equalTo("No such enterprise"));
        officer.get(otherId).then().body("representative.name", equalTo("Camille Martin"))
                .header("ETag", equalTo("\"" + version + "\""));

        caller.patch(ownId, "\"0\"", "{\"representative\":{\"name\":\"Sévérine Représentante\"}}").then().statusCode(200)
                .body("representative.name", equalTo("Sévérine Représentante"));
    }

    @Test
    void aRegistryOfficerThatIsAlsoAnEnterpriseSeesEveryRepresentative() {
        Caller caller = Caller.withToken(RealmUsers.tokenOfNewUser(ownSiren, Roles.ENTERPRISE, Roles.REGISTRY_OFFICER));

        caller.get(otherId).then().statusCode(200).body("representative.email", equalTo("camille.martin@example.org"));
        caller.get(ownId).then().statusCode(200).body("representative.email", equalTo("camille.martin@example.org"));
    }
}
