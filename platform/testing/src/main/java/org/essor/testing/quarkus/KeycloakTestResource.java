package org.essor.testing.quarkus;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points quarkus-oidc of a {@code @QuarkusTest} at the JVM's real Keycloak ({@link SharedKeycloak}). */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc.auth-server-url", SharedKeycloak.get().issuerUrl());
    }

    @Override
    public void stop() {
        // shared by the JVM's test classes; stopped when the JVM exits
    }
}
