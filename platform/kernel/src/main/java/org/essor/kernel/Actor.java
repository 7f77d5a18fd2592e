package org.essor.kernel;

import java.util.Objects;
import java.util.Set;

/**
 * Who made a change. The history shows only {@code name} (a user name or a client id, never more about the person);
 * the audit trail records the rest: the token's subject, the OAuth client it came through, the caller's roles, the
 * network address the request came from and the request's correlation id (each may be null where it does not apply,
 * e.g. for the service itself).
 */
public record Actor(String name, String subject, String client, Set<String> roles, String address, String correlationId) {

    public static final Actor SYSTEM = new Actor("system");

    public Actor {
        Objects.requireNonNull(name, "name");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** An actor known only by name: the service itself, a scheduled job, a test. */
    public Actor(String name) {
        this(name, null, null, Set.of(), null, null);
    }
}
