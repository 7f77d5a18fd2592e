package org.essor.programmes.api;

import java.util.Optional;

import org.essor.programmes.app.Visibility;
import org.essor.security.Actors;
import org.essor.security.EnterpriseScope;
import org.essor.security.Roles;
import org.essor.web.problem.Problem;
import org.essor.web.problem.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Which applications a caller reaches: an enterprise representative its own enterprise's (claim {@code siren}); a
 * partner what its own client created (claim {@code azp}); officers, admins and evaluators every one.
 */
final class Callers {

    private Callers() {
    }

    static Visibility visibility(SecurityIdentity identity) {
        Optional<String> siren = EnterpriseScope.restriction(identity);
        if (siren.isPresent()) {
            return Visibility.ofEnterprise(siren.get());
        }
        if (isOnlyPartner(identity)) {
            return Visibility.ofClient(Actors.clientOf(identity).orElseThrow(() -> new ProblemException(Problem.of(403,
                    "forbidden", "Forbidden", "A partner token must name its client (claim 'azp')"))));
        }
        return Visibility.ALL;
    }

    /** A partner system that holds no role reaching every application. */
    private static boolean isOnlyPartner(SecurityIdentity identity) {
        return identity.hasRole(Roles.PARTNER) && !identity.hasRole(Roles.PROGRAMME_OFFICER) && !identity.hasRole(Roles.ADMIN)
                && !identity.hasRole(Roles.EVALUATOR);
    }
}
