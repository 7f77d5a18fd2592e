package org.essor.calendar.api;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.web.limits.PublicLimit;
import org.essor.web.limits.PublicLimiter;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Abuse limit of the public registrations: at most {@code essor.calendar.public-registrations-per-hour} registrations
 * an hour from one client address, counted by the platform's limiter across every replica.
 */
@Singleton
public class PublicRegistrationLimiter {

    @ConfigProperty(name = "essor.calendar.public-registrations-per-hour", defaultValue = "20")
    int perHour;

    @Inject
    PublicLimiter limiter;

    Uni<Void> acquire(RoutingContext http) {
        return limiter.admit(new PublicLimit("events/registrations", perHour, Duration.ofHours(1)), http);
    }
}
