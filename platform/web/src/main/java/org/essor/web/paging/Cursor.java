package org.essor.web.paging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.essor.web.problem.ProblemException;

/**
 * An opaque keyset position: the sort-key values of the last item of a page. Encoded as URL-safe Base64 with a
 * checksum, so a client that edits or truncates a cursor gets a 400 instead of a silently wrong page.
 * Cursors carry no secret and grant nothing: they only say where to resume.
 */
public record Cursor(List<String> keys) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final char SEPARATOR = '\u001f';
    private static final int CHECKSUM_BYTES = 6;

    public Cursor {
        keys = List.copyOf(keys);
    }

    public static Cursor of(Object... keys) {
        return new Cursor(Arrays.stream(keys).map(String::valueOf).toList());
    }

    public String key(int index) {
        return keys.get(index);
    }

    public String encode() {
        byte[] body = String.join(String.valueOf(SEPARATOR), keys).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(checksum(body));
    }

    /** Decodes a cursor received from a client; anything not produced by {@link #encode()} is a 400. */
    public static Cursor decode(String token, int expectedKeys) {
        try {
            int dot = token.indexOf('.');
            if (dot < 0) {
                throw invalid();
            }
            byte[] body = DECODER.decode(token.substring(0, dot));
            byte[] checksum = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(checksum, checksum(body))) {
                throw invalid();
            }
            List<String> keys = new ArrayList<>(List.of(new String(body, StandardCharsets.UTF_8).split(String.valueOf(SEPARATOR), -1)));
            if (keys.size() != expectedKeys) {
                throw invalid();
            }
            return new Cursor(keys);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalidField("cursor", "not a cursor this API returned; start again without one");
    }

    private static byte[] checksum(byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("essor-cursor-v1".getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest.digest(body), CHECKSUM_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
