package org.essor.security;

import org.essor.kernel.Actor;

import io.quarkus.security.identity.SecurityIdentity;

/** The actor a history records for an authenticated caller: the token's user name or client's service account. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(SecurityIdentity identity) {
        return new Actor(identity.getPrincipal().getName());
    }
}
