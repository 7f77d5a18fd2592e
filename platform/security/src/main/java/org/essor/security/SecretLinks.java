package org.essor.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets of the links people follow without an account (a public application, a registration): random, shown
 * once, stored only as their SHA-256 hash, so that a copy of the database gives no working link.
 */
public final class SecretLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretLinks() {
    }

    /** A new secret: {@code bytes} random bytes, URL-safe Base64 without padding. */
    public static String newSecret(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** What is stored of a secret, and looked up when a link is followed. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
