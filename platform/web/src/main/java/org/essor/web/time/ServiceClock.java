package org.essor.web.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The clock every service decides with: French calendar dates (ESUS validity, call dates, strike-off days). */
@Singleton
public class ServiceClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZONE);
    }
}
