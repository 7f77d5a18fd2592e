package org.essor.evaluation.security;

import java.util.Map;

import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.essor.testing.security.RoleMatrixChecks;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every endpoint × every role × no token, from the resources' own rules, called with the real Keycloak's tokens. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class RoleMatrixTest extends RoleMatrixChecks {

    @Override
    protected String service() {
        return "evaluation";
    }

    @Override
    protected Map<String, String> pathValues() {
        return Map.of("code", "enterprises-registered", "dataset", "enterprises-registered", "period", "2026-Q1");
    }
}
