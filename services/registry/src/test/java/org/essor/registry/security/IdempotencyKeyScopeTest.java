package org.essor.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.essor.registry.EnterpriseJson;
import org.essor.registry.RegistryApi;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.essor.testing.quarkus.SharedKeycloak;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** An Idempotency-Key belongs to its caller: another caller using the same key never gets the first caller's answer. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class IdempotencyKeyScopeTest {

    @Test
    void anotherPartnersSameKeyAndBodyIsNotAReplayOfTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        String body = EnterpriseJson.association().build();
        Caller first = Caller.withToken(SharedKeycloak.get().clientCredentialsToken("essor-partner", "essor-partner-secret"));
        Caller second = Caller.withToken(SharedKeycloak.get().clientCredentialsToken("essor-partner-2", "essor-partner-2-secret"));

        Response created = register(first, key, body);
        Response replayed = register(first, key, body);
        Response theirs = register(second, key, body);

        created.then().statusCode(201);
        replayed.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(replayed.<String>path("id")).isEqualTo(created.path("id"));
        // the second partner's request runs as its own (the SIREN is taken): not the first partner's stored answer
        theirs.then().statusCode(409).contentType("application/problem+json");
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
    }

    private static Response register(Caller caller, String key, String body) {
        return caller.request().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(RegistryApi.ENTERPRISES);
    }
}
