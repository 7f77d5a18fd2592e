package org.essor.security;

import java.util.Optional;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.essor.web.problem.Problem;
import org.essor.web.problem.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What an enterprise representative may see: only the records of the enterprise whose SIREN their token carries
 * (claim {@code siren}). Another enterprise's record answers 404, so that its existence is not revealed.
 * Callers with any other Essor role are not limited by it.
 */
public final class EnterpriseScope {

    public static final String SIREN_CLAIM = "siren";

    private EnterpriseScope() {
    }

    /** The SIREN the caller is limited to, or empty when the caller is not limited to one enterprise. */
    public static Optional<String> restriction(SecurityIdentity identity) {
        boolean onlyEnterprise = identity.hasRole(Roles.ENTERPRISE)
                && Roles.ALL.stream().filter(role -> !role.equals(Roles.ENTERPRISE)).noneMatch(identity::hasRole);
        if (!onlyEnterprise) {
            return Optional.empty();
        }
        return Optional.of(sirenOf(identity).orElseThrow(() -> new ProblemException(Problem.of(403, "forbidden",
                "Forbidden", "An enterprise token must carry the enterprise's SIREN (claim 'siren')"))));
    }

    /** Fails with 404 unless the caller may see the record of the enterprise {@code siren}. */
    public static void requireAccess(SecurityIdentity identity, String siren, String notFoundDetail) {
        restriction(identity).filter(own -> !own.equals(siren)).ifPresent(own -> {
            throw ProblemException.notFound(notFoundDetail);
        });
    }

    public static Optional<String> sirenOf(SecurityIdentity identity) {
        Object claim = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(SIREN_CLAIM) : null;
        if (claim == null) {
            claim = identity.getAttribute(SIREN_CLAIM);
        }
        return Optional.ofNullable(claim).map(Object::toString).map(s -> s.replace("\"", "")).filter(s -> !s.isBlank());
    }
}
