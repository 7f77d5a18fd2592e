package org.essor.registry.api;

import java.util.Arrays;

import org.essor.registry.app.EnterpriseAccess;
import org.essor.security.EnterpriseScope;
import org.essor.security.Roles;
import org.essor.web.problem.Problem;
import org.essor.web.problem.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What the caller of a request may reach and see of the register. The {@code enterprise} role gives rights over one
 * enterprise only, the one of the token's {@code siren} claim, even when the caller holds other roles too: each right
 * reaches every enterprise only through a role that gives it for all of them.
 */
final class Callers {

    /** The roles that read every enterprise: all but {@code enterprise}. */
    private static final String[] READ_EVERY = Roles.ALL.stream().filter(role -> !role.equals(Roles.ENTERPRISE))
            .toArray(String[]::new);
    private static final String[] CHANGE_EVERY = {Roles.ADMIN, Roles.REGISTRY_OFFICER};
    private static final String[] HISTORY_OF_EVERY = {Roles.ADMIN, Roles.REGISTRY_OFFICER, Roles.EVALUATOR};

    private Callers() {
    }

    /** The enterprises the caller may read. */
    static EnterpriseAccess readable(SecurityIdentity identity) {
        return reach(identity, READ_EVERY);
    }

    /** The enterprises the caller may amend or erase the representative of. */
    static EnterpriseAccess changeable(SecurityIdentity identity) {
        return reach(identity, CHANGE_EVERY);
    }

    /** The enterprises whose history the caller may read. */
    static EnterpriseAccess withReadableHistory(SecurityIdentity identity) {
        return reach(identity, HISTORY_OF_EVERY);
    }

    static boolean isOfficer(SecurityIdentity identity) {
        return identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.REGISTRY_OFFICER);
    }

    /**
     * Registry officers and administrators see every representative's personal data; an enterprise sees only its own
     * (whatever other roles the caller holds).
     */
    static boolean seesPersonalData(SecurityIdentity identity, String enterpriseSiren) {
        return isOfficer(identity) || identity.hasRole(Roles.ENTERPRISE) && enterpriseSiren != null
                && EnterpriseScope.sirenOf(identity).filter(enterpriseSiren::equals).isPresent();
    }

    private static EnterpriseAccess reach(SecurityIdentity identity, String... rolesForEvery) {
        if (Arrays.stream(rolesForEvery).anyMatch(identity::hasRole)) {
            return EnterpriseAccess.EVERY;
        }
        if (!identity.hasRole(Roles.ENTERPRISE)) {
            throw forbidden("This role does not give access to enterprises");
        }
        return EnterpriseAccess.onlyOf(EnterpriseScope.sirenOf(identity)
                .orElseThrow(() -> forbidden("An enterprise token must carry the enterprise's SIREN (claim 'siren')")));
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }
}
