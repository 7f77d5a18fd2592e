package org.essor.security.tokens;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the memory of verified bearer tokens ({@link VerifiedTokens}). */
@ConfigMapping(prefix = "essor.security.verified-tokens")
public interface VerifiedTokensConfig {

    /** Whether verified tokens are remembered at all (false: every request verifies its token). */
    @WithDefault("true")
    boolean enabled();

    /** Tokens remembered at most; past it, new tokens are verified on every request until older ones expire. */
    @WithDefault("1000")
    int maxSize();

    /**
     * How long a verified token is trusted without verifying it again, at most (never past its own expiry): the
     * longest a token signed with a key that the realm has since withdrawn can still be accepted.
     */
    @WithDefault("5m")
    Duration maxAge();
}
