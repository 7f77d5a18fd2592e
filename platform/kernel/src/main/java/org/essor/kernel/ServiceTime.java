package org.essor.kernel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The time every service decides with: instants to the microsecond (what PostgreSQL keeps, so a value reads back
 * equal) and French calendar dates (ESUS validity, call dates, strike-off days).
 */
public final class ServiceTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final Clock clock;

    public ServiceTime(Clock clock) {
        this.clock = clock;
    }

    public static ServiceTime system() {
        return new ServiceTime(Clock.system(ZONE));
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public Clock clock() {
        return clock;
    }
}
