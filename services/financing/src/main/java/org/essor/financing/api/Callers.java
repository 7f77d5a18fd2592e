package org.essor.financing.api;

import org.essor.security.Roles;
import org.essor.security.Visibility;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Which financing applications a caller reaches: an enterprise representative its own enterprise's (claim
 * {@code siren}); a partner what its own client submitted (claim {@code azp}); finance officers, admins and
 * evaluators every one.
 */
final class Callers {

    private Callers() {
    }

    static Visibility visibility(SecurityIdentity identity) {
        return Visibility.of(identity, Roles.FINANCE_OFFICER, Roles.ADMIN, Roles.EVALUATOR);
    }

    static boolean officer(SecurityIdentity identity) {
        return identity.hasRole(Roles.FINANCE_OFFICER) || identity.hasRole(Roles.ADMIN);
    }
}
