package org.essor.registry.api;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.web.limits.PublicLimit;
import org.essor.web.limits.PublicLimiter;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The limits of the public list, counted per client address by the platform's limiter across every replica: pages
 * ({@code essor.registry.public-list-pages-per-hour}) and whole exports ({@code essor.registry.public-exports-per-hour}),
 * which read the whole register.
 */
@Singleton
public class PublicListLimiter {

    @ConfigProperty(name = "essor.registry.public-list-pages-per-hour", defaultValue = "600")
    int pagesPerHour;

    @ConfigProperty(name = "essor.registry.public-exports-per-hour", defaultValue = "10")
    int exportsPerHour;

    @Inject
    PublicLimiter limiter;

    Uni<Void> page(RoutingContext http) {
        return limiter.admit(new PublicLimit("enterprises/public", pagesPerHour, Duration.ofHours(1)), http);
    }

    Uni<Void> export(RoutingContext http) {
        return limiter.admit(new PublicLimit("enterprises/public/export", exportsPerHour, Duration.ofHours(1)), http);
    }
}
