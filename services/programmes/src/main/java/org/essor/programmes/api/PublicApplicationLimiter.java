package org.essor.programmes.api;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.web.limits.PublicLimit;
import org.essor.web.limits.PublicLimiter;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Abuse limit of the public application form: at most {@code essor.programmes.public-applications-per-hour}
 * submissions an hour from one client address, counted by the platform's limiter across every replica.
 */
@Singleton
public class PublicApplicationLimiter {

    @ConfigProperty(name = "essor.programmes.public-applications-per-hour", defaultValue = "10")
    int perHour;

    @Inject
    PublicLimiter limiter;

    Uni<Void> acquire(RoutingContext http) {
        return limiter.admit(new PublicLimit("programme-applications/public", perHour, Duration.ofHours(1)), http);
    }
}
