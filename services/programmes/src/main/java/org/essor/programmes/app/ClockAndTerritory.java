package org.essor.programmes.app;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The service's clock: French calendar dates (call dates are Europe/Paris date-times). */
@Singleton
public class ClockAndTerritory {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZONE);
    }
}
