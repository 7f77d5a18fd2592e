package org.essor.kernel;

import java.util.Objects;

/** Who made a change, as recorded in the history: a user name or a client id, never more about the person. */
public record Actor(String name) {

    public static final Actor SYSTEM = new Actor("system");

    public Actor {
        Objects.requireNonNull(name, "name");
    }
}
