package org.essor.programmes.api;

import org.essor.security.Roles;
import org.essor.security.Visibility;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Which applications a caller reaches: an enterprise representative its own enterprise's (claim {@code siren}); a
 * partner what its own client created (claim {@code azp}); officers, admins and evaluators every one.
 */
final class Callers {

    private Callers() {
    }

    static Visibility visibility(SecurityIdentity identity) {
        return Visibility.of(identity, Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.EVALUATOR);
    }
}
