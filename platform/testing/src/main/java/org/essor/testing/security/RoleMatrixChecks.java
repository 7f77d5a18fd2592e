package org.essor.testing.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * The role matrix checks every service runs: extend it in the service's tests as a {@code @QuarkusTest} on the real
 * Keycloak ({@code @WithTestResource(KeycloakTestResource.class)}). Every endpoint of the service's {@code api} package
 * has a rule, the committed {@code contracts/roles/<service>.md} is the one its resources say, and every role and an
 * anonymous caller get what it says.
 */
public abstract class RoleMatrixChecks {

    @TestHTTPResource("/")
    URI base;

    /** The service's name, as in {@code org.essor.<service>.api}. */
    protected abstract String service();

    /** Values for path parameters that are not UUIDs (a SIREN, a programme's code...). */
    protected Map<String, String> pathValues() {
        return Map.of();
    }

    @Test
    void everyEndpointHasARuleAndTheCommittedMatrixIsTheOneTheResourcesSay() {
        RoleMatrix.checkCommitted(service(), RoleMatrix.render(service(), endpoints()));
    }

    @Test
    void everyCallerGetsWhatTheMatrixSays() {
        List<String> mismatches = new RoleMatrixProbe(base, pathValues()).mismatches(endpoints());
        assertTrue(mismatches.isEmpty(), () -> "Answers that break the role matrix:\n" + String.join("\n", mismatches));
    }

    private List<Endpoint> endpoints() {
        return RoleMatrix.ofPackage("org.essor." + service() + ".api", getClass().getClassLoader());
    }
}
