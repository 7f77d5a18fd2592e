package org.essor.persistence;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.essor.kernel.ServiceTime;

/** Produces the service's clock: Europe/Paris, as {@link ServiceTime} for use cases and as a plain {@link Clock}. */
@Singleton
public class ServiceClock {

    private final ServiceTime time = ServiceTime.system();

    @Produces
    @Singleton
    ServiceTime serviceTime() {
        return time;
    }

    @Produces
    @Singleton
    Clock clock() {
        return time.clock();
    }
}
