package org.essor.testing.security;

import java.util.Set;

/**
 * One operation of a service's REST API with its access rule: public ({@code @PermitAll}), or the roles of its
 * {@code @RolesAllowed} (method first, else class). {@code consumes} is the body's media type, null without a body.
 */
public record Endpoint(String method, String path, boolean isPublic, Set<String> roles, String consumes) {

    /** How the endpoint is named in the matrix: {@code GET /api/v1/enterprises/{id}}. */
    public String name() {
        return method + " " + path;
    }

    public boolean allows(String role) {
        return isPublic || roles.contains(role);
    }
}
