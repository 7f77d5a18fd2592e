package org.essor.security.tokens;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The identities of bearer tokens already verified, each until its token expires (or {@code maxAge}, whichever comes
 * first). Keyed by the whole token, so only the very same token, signature included, finds an identity; bounded in
 * size, so a flood of distinct tokens only costs their verification.
 */
public final class VerifiedTokens {

    /** The identity attribute where quarkus-oidc puts the token's {@code exp}, in epoch seconds. */
    public static final String EXPIRY_ATTRIBUTE = "quarkus.identity.expire-time";

    private record Entry(SecurityIdentity identity, long trustedUntilMillis) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final int maxSize;
    private final long maxAgeMillis;
    private final Clock clock;

    public VerifiedTokens(int maxSize, long maxAgeMillis, Clock clock) {
        this.maxSize = maxSize;
        this.maxAgeMillis = maxAgeMillis;
        this.clock = clock;
    }

    /** The identity of a token verified before and still trusted, or null. */
    public SecurityIdentity find(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (clock.millis() >= entry.trustedUntilMillis()) {
            entries.remove(token, entry);
            return null;
        }
        return entry.identity();
    }

    /** Remembers a token's identity, unless it carries no expiry, has expired or the memory is full of live tokens. */
    public void remember(String token, SecurityIdentity identity) {
        Long expiresAtSeconds = expiry(identity);
        if (expiresAtSeconds == null) {
            return;
        }
        long now = clock.millis();
        long trustedUntil = Math.min(expiresAtSeconds * 1000, now + maxAgeMillis);
        if (trustedUntil <= now) {
            return;
        }
        if (entries.size() >= maxSize) {
            entries.values().removeIf(entry -> now >= entry.trustedUntilMillis());
            if (entries.size() >= maxSize) {
                return;
            }
        }
        entries.put(token, new Entry(identity, trustedUntil));
    }

    public int size() {
        return entries.size();
    }

    public void clear() {
        entries.clear();
    }

    private static Long expiry(SecurityIdentity identity) {
        Object expiry = identity.getAttribute(EXPIRY_ATTRIBUTE);
        return expiry instanceof Number number ? number.longValue() : null;
    }
}
