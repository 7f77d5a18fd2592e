package org.essor.calendar.api;

import org.essor.security.Roles;
import org.essor.security.Visibility;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Which events and registrations a caller reaches beyond the public ones: an enterprise representative its own
 * enterprise's events (claim {@code siren}), a partner those its own client submitted (claim {@code azp}), events
 * officers and admins every one.
 */
final class Callers {

    private Callers() {
    }

    static Visibility visibility(SecurityIdentity identity) {
        return Visibility.of(identity, Roles.EVENTS_OFFICER, Roles.ADMIN);
    }

    static boolean officer(SecurityIdentity identity) {
        return identity.hasRole(Roles.EVENTS_OFFICER) || identity.hasRole(Roles.ADMIN);
    }
}
