package org.essor.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.essor.testing.security.Endpoint;
import org.essor.testing.security.RoleMatrix;
import org.essor.testing.security.RoleMatrixProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every endpoint × every role × no token, from the resources' own rules, called on the real Keycloak's tokens. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class RoleMatrixTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyEndpointHasARuleAndTheCommittedMatrixIsTheOneTheResourcesSay() {
        RoleMatrix.checkCommitted("registry", RoleMatrix.render("registry", endpoints()));
    }

    @Test
    void everyCallerGetsWhatTheMatrixSays() {
        Map<String, String> pathValues = Map.of("siren", "552081317", "siret", "55208131766522", "rna", "W313000001");
        assertThat(new RoleMatrixProbe(base, pathValues).mismatches(endpoints())).isEmpty();
    }

    private List<Endpoint> endpoints() {
        return RoleMatrix.ofPackage("org.essor.registry.api", getClass().getClassLoader());
    }
}
