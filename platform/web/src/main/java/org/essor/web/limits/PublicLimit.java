package org.essor.web.limits;

import java.time.Duration;

/** How many requests one client address may send to one public endpoint in a window of time. */
public record PublicLimit(String endpoint, int requests, Duration window) {

    public PublicLimit {
        if (requests < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A limit needs at least one request in a positive window: " + requests + " in " + window);
        }
    }
}
