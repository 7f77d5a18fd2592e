package org.essor.security.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final long FIVE_MINUTES = Duration.ofMinutes(5).toMillis();

    MutableClock clock = new MutableClock(NOW);

    @Test
    void aTokenIsTrustedUntilItExpires() {
        VerifiedTokens tokens = new VerifiedTokens(10, FIVE_MINUTES, clock);
        SecurityIdentity identity = identityExpiringAt(NOW.plusSeconds(60));
        tokens.remember("token", identity);

        assertThat(tokens.find("token")).isSameAs(identity);
        clock.now = NOW.plusSeconds(59);
        assertThat(tokens.find("token")).isSameAs(identity);
        clock.now = NOW.plusSeconds(60);
        assertThat(tokens.find("token")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheMaximumAge() {
        VerifiedTokens tokens = new VerifiedTokens(10, FIVE_MINUTES, clock);
        tokens.remember("token", identityExpiringAt(NOW.plus(Duration.ofHours(10))));

        clock.now = NOW.plus(Duration.ofMinutes(5)).minusMillis(1);
        assertThat(tokens.find("token")).isNotNull();
        clock.now = NOW.plus(Duration.ofMinutes(5));
        assertThat(tokens.find("token")).isNull();
    }

    @Test
    void onlyTheVerySameTokenFindsTheIdentity() {
        VerifiedTokens tokens = new VerifiedTokens(10, FIVE_MINUTES, clock);
        tokens.remember("header.payload.signature", identityExpiringAt(NOW.plusSeconds(60)));

        assertThat(tokens.find("header.payload.signaturf")).isNull();
        assertThat(tokens.find("header.payload.")).isNull();
    }

    @Test
    void identitiesWithoutAnExpiryOrAlreadyExpiredAreNotRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(10, FIVE_MINUTES, clock);
        tokens.remember("no-expiry", QuarkusSecurityIdentity.builder().setPrincipal(() -> "someone").build());
        tokens.remember("expired", identityExpiringAt(NOW));

        assertThat(tokens.size()).isZero();
    }

    @Test
    void theMemoryIsBoundedAndMakesRoomByDroppingExpiredTokens() {
        VerifiedTokens tokens = new VerifiedTokens(2, FIVE_MINUTES, clock);
        tokens.remember("a", identityExpiringAt(NOW.plusSeconds(10)));
        tokens.remember("b", identityExpiringAt(NOW.plusSeconds(100)));
        tokens.remember("c", identityExpiringAt(NOW.plusSeconds(100)));
        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.find("c")).isNull();

        clock.now = NOW.plusSeconds(10);
        tokens.remember("c", identityExpiringAt(NOW.plusSeconds(100)));
        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.find("c")).isNotNull();
        assertThat(tokens.find("a")).isNull();
    }

    static SecurityIdentity identityExpiringAt(Instant expiry) {
        return QuarkusSecurityIdentity.builder().setPrincipal(() -> "someone").addRole("evaluator")
                .addAttribute(VerifiedTokens.EXPIRY_ATTRIBUTE, expiry.getEpochSecond()).build();
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
