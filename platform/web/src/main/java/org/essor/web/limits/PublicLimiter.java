package org.essor.web.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.web.client.ClientAddress;
import org.essor.web.problem.ProblemException;

import io.netty.util.NetUtil;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The limit of the public endpoints that create something (forms, registrations): at most {@link PublicLimit#requests()}
 * requests per client address in a sliding window, counted in the service's database so that every replica counts
 * the same requests and memory stays bounded whatever the number of addresses. The client address comes from
 * {@link ClientAddress} (forwarded addresses from trusted proxies only); an IPv6 client counts with its whole /64
 * network, which one subscriber usually holds. Beyond the limit: 429 with {@code Retry-After}.
 * <p>
 * The window slides by estimate: the previous fixed window's count, weighted by how much of it still overlaps the
 * sliding window, plus the current one's. A refused request is not counted, so that a client that waits as told by
 * {@code Retry-After} is admitted.
 */
@ApplicationScoped
public class PublicLimiter {

    private static final String HIT = """
            WITH hit AS (
                INSERT INTO public_limit_hit (bucket, client, window_start, hits, expires_at) VALUES ($1, $2, $3, 1, $5)
                ON CONFLICT (bucket, client, window_start) DO UPDATE SET hits = public_limit_hit.hits + 1
                RETURNING hits)
            SELECT hit.hits, (SELECT previous.hits FROM public_limit_hit previous
                              WHERE previous.bucket = $1 AND previous.client = $2 AND previous.window_start = $4)
            FROM hit""";
    private static final String UNCOUNT = """
            UPDATE public_limit_hit SET hits = hits - 1 WHERE bucket = $1 AND client = $2 AND window_start = $3""";

    @Inject
    Pool database;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    /** Counts this request against {@code limit}; fails with 429 beyond it. */
    public Uni<Void> admit(PublicLimit limit, RoutingContext http) {
        String client = counted(clientAddress.of(http));
        long windowMillis = limit.window().toMillis();
        Instant now = clock.instant();
        long start = Math.floorDiv(now.toEpochMilli(), windowMillis) * windowMillis;
        Instant windowStart = Instant.ofEpochMilli(start);
        return database.preparedQuery(HIT)
                .execute(Tuple.of(limit.endpoint(), client, utc(windowStart), utc(windowStart.minusMillis(windowMillis)),
                        utc(windowStart.plusMillis(2 * windowMillis))))
                .flatMap(rows -> {
                    Row row = rows.iterator().next();
                    int current = row.getInteger(0);
                    Integer previous = row.getInteger(1);
                    double elapsed = (double) (now.toEpochMilli() - start) / windowMillis;
                    Duration retryAfter = retryAfter(limit, current, previous == null ? 0 : previous, elapsed);
                    if (retryAfter == null) {
                        return Uni.createFrom().voidItem();
                    }
                    return database.preparedQuery(UNCOUNT).execute(Tuple.of(limit.endpoint(), client, utc(windowStart)))
                            .flatMap(uncounted -> Uni.createFrom().failure(ProblemException.tooManyRequests(
                                    "Too many requests", "At most " + limit.requests() + " requests in "
                                            + describe(limit.window()) + " from one address on this endpoint; try again later",
                                    retryAfter)));
                });
    }

    /**
     * Null when the request is within the limit, else how long until one more request would be: {@code current}
     * counts the requests of this window including this one, {@code previous} those of the window before,
     * {@code elapsed} how much of this window has passed (0 to 1).
     */
    static Duration retryAfter(PublicLimit limit, int current, int previous, double elapsed) {
        int allowed = limit.requests();
        if (previous * (1 - elapsed) + current <= allowed) {
            return null;
        }
        int counted = current - 1; // this request is refused, so it is not counted
        double waitFraction;
        if (current > allowed) {
            // the rest of this window, then until this window's weight in the next one leaves room for one more
            waitFraction = (1 - elapsed) + (1 - (double) (allowed - 1) / counted);
        } else {
            waitFraction = 1 - elapsed - (double) (allowed - counted - 1) / previous;
        }
        long seconds = (long) Math.ceil(Math.max(waitFraction, 0) * limit.window().toMillis() / 1000);
        return Duration.ofSeconds(Math.max(seconds, 1));
    }

    /** What one client counts as: its address, or for IPv6 its /64 network. */
    static String counted(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null || bytes.length != 16) {
            return address;
        }
        for (int i = 8; i < 16; i++) {
            bytes[i] = 0;
        }
        return NetUtil.bytesToIpAddress(bytes) + "/64";
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String describe(Duration window) {
        if (window.toHours() > 0 && window.equals(Duration.ofHours(window.toHours()))) {
            return window.toHours() == 1 ? "an hour" : window.toHours() + " hours";
        }
        if (window.toMinutes() > 0 && window.equals(Duration.ofMinutes(window.toMinutes()))) {
            return window.toMinutes() == 1 ? "a minute" : window.toMinutes() + " minutes";
        }
        return window.toSeconds() + " seconds";
    }
}
