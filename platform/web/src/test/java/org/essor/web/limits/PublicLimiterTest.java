package org.essor.web.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.essor.testing.quarkus.EssorTestServers;
import org.essor.web.testapp.WidgetResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
class PublicLimiterTest {

    @Inject
    Pool database;

    @Inject
    PublicLimitPurge purge;

    @Test
    void beyondTheLimitAnAddressGetsA429WithRetryAfterAndNothingHappens() {
        String client = someAddress();
        for (int i = 0; i < 3; i++) {
            suggest(client).then().statusCode(202);
        }
        Response refused = suggest(client);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429)).body("type", equalTo("https://essor.example/problems/too-many-requests"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 120L);
        assertThat(hitsOf(client)).as("a refused request is not counted").isEqualTo(3);
    }

    @Test
    void forgingForwardedAddressesDoesNotMakeANewClient() {
        String client = someAddress();
        for (int i = 0; i < 3; i++) {
            suggest("192.0.2." + i + ", " + client).then().statusCode(202);
        }
        suggest("192.0.2.99, " + client).then().statusCode(429);
        suggest(someAddress()).then().statusCode(202);
    }

    @Test
    void requestsCountedByAnotherReplicaCountHereToo() throws Throwable {
        String client = someAddress();
        Instant windowStart = Instant.ofEpochMilli(Instant.now().toEpochMilli() / 60_000 * 60_000);
        VertxContextSupport.subscribeAndAwait(() -> database.preparedQuery("""
                        INSERT INTO public_limit_hit (bucket, client, window_start, hits, expires_at) VALUES ($1, $2, $3, 3, $4)""")
                .execute(Tuple.of(WidgetResource.SUGGESTIONS.endpoint(), client, utc(windowStart), utc(windowStart.plusSeconds(120)))));
        suggest(client).then().statusCode(429);
    }

    @Test
    void expiredCountsArePurged() throws Throwable {
        String client = someAddress();
        VertxContextSupport.subscribeAndAwait(() -> database.preparedQuery("""
                        INSERT INTO public_limit_hit (bucket, client, window_start, hits, expires_at) VALUES ($1, $2, $3, 9, $4)""")
                .execute(Tuple.of("widgets/suggestions", client, utc(Instant.now().minusSeconds(600)),
                        utc(Instant.now().minusSeconds(480)))));
        VertxContextSupport.subscribeAndAwait(() -> purge.purge());
        assertThat(hitsOf(client)).isZero();
    }

    @Test
    void anIpv6ClientCountsWithItsWholeNetwork() {
        assertThat(PublicLimiter.counted("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
        assertThat(PublicLimiter.counted("192.0.2.1")).isEqualTo("192.0.2.1");
    }

    @Test
    void retryAfterIsWhenOneMoreRequestWouldBeAdmitted() {
        PublicLimit fivePerHour = new PublicLimit("form", 5, Duration.ofHours(1));
        assertThat(PublicLimiter.retryAfter(fivePerHour, 5, 0, 0.5)).isNull();
        // a sixth request at mid-hour: half an hour to the end, then a fifth of the next hour
        assertThat(PublicLimiter.retryAfter(fivePerHour, 6, 0, 0.5)).isEqualTo(Duration.ofSeconds(1800 + 720));
        // ten in the previous hour still weigh five at mid-hour: one more fits when they weigh four
        assertThat(PublicLimiter.retryAfter(fivePerHour, 1, 10, 0.5)).isEqualTo(Duration.ofSeconds(360));
    }

    private long hitsOf(String client) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> database.preparedQuery(
                            "SELECT coalesce(sum(hits), 0) FROM public_limit_hit WHERE client = $1").execute(Tuple.of(client)))
                    .iterator().next().getLong(0);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response suggest(String forwardedFor) {
        return given().contentType("text/plain").header("X-Forwarded-For", forwardedFor).body("More colours")
                .post("/api/v1/widgets/suggestions");
    }

    private static String someAddress() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
