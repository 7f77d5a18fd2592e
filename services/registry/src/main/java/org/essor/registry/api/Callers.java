package org.essor.registry.api;

import java.util.Optional;

import org.essor.registry.app.EnterpriseSnapshot;
import org.essor.registry.domain.Enterprise;
import org.essor.security.EnterpriseScope;
import org.essor.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** What the caller of a request is allowed to see of an enterprise. */
final class Callers {

    private Callers() {
    }

    /** Fails with 404 when the caller is an enterprise representative and this is another enterprise. */
    static Enterprise visible(SecurityIdentity identity, Enterprise enterprise) {
        String siren = enterprise.siren() == null ? "" : enterprise.siren().value();
        EnterpriseScope.requireAccess(identity, siren, "No enterprise " + enterprise.id());
        return enterprise;
    }

    /** Fails with 404 when the caller is an enterprise representative and this is another enterprise. */
    static EnterpriseSnapshot visible(SecurityIdentity identity, EnterpriseSnapshot enterprise) {
        EnterpriseScope.requireAccess(identity, enterprise.siren() == null ? "" : enterprise.siren(),
                "No enterprise " + enterprise.id());
        return enterprise;
    }

    static Optional<String> ownSiren(SecurityIdentity identity) {
        return EnterpriseScope.restriction(identity);
    }

    static boolean isOfficer(SecurityIdentity identity) {
        return identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.REGISTRY_OFFICER);
    }

    /** Registry officers, administrators and the enterprise itself see its representative. */
    static boolean seesPersonalData(SecurityIdentity identity) {
        return isOfficer(identity) || identity.hasRole(Roles.ENTERPRISE);
    }
}
