package org.essor.programmes.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.web.problem.ProblemException;

/**
 * Abuse limit of the public application form: at most {@code essor.programmes.public-applications-per-hour}
 * applications an hour from one network address (per instance; the ingress should rate-limit too).
 * One open application per e-mail address and call is enforced by the use case.
 */
@Singleton
public class PublicApplicationLimiter {

    private static final Duration WINDOW = Duration.ofHours(1);

    @ConfigProperty(name = "essor.programmes.public-applications-per-hour", defaultValue = "10")
    int perHour;

    @Inject
    Clock clock;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    void acquire(String address) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                throw ProblemException.tooManyRequests("Too many applications",
                        "At most " + perHour + " applications an hour from one address; try again later",
                        Duration.between(now, times.peekFirst().plus(WINDOW)));
            }
            times.addLast(now);
        }
        if (recent.size() > 100_000) {
            recent.entrySet().removeIf(entry -> entry.getValue().isEmpty());
        }
    }
}
