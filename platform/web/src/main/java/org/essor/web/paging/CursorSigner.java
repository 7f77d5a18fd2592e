package org.essor.web.paging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs cursors with HMAC-SHA256 over the position and the identity of the list it belongs to (path and filters),
 * so that a cursor edited by a client, or presented to another list or with other filters, is refused.
 * The first key signs; every key verifies, so a key can be rotated without breaking the cursors clients hold.
 */
public final class CursorSigner {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String ALGORITHM = "HmacSHA256";
    private static final String SEPARATOR = "\u001f";
    private static final int SIGNATURE_BYTES = 16;
    static final int MIN_KEY_LENGTH = 32;

    private final List<SecretKeySpec> keys;

    public CursorSigner(List<String> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("essor.web.cursor.keys names no key");
        }
        if (keys.stream().anyMatch(key -> key.length() < MIN_KEY_LENGTH)) {
            throw new IllegalArgumentException("Every essor.web.cursor.keys key needs at least " + MIN_KEY_LENGTH + " characters");
        }
        this.keys = keys.stream().map(key -> new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM)).toList();
    }

    /** The token a client sends back to resume {@code list} after {@code position}. */
    public String sign(String list, Cursor position) {
        byte[] body = String.join(SEPARATOR, position.keys()).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(signature(keys.get(0), list, body));
    }

    /** The position of a token this service signed for {@code list}; anything else is a 400 naming {@code cursor}. */
    public Cursor verify(String token, String list, int expectedKeys) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            throw Cursor.notOfThisList();
        }
        byte[] body;
        byte[] signature;
        try {
            body = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw Cursor.notOfThisList();
        }
        if (keys.stream().noneMatch(key -> MessageDigest.isEqual(signature, signature(key, list, body)))) {
            throw Cursor.notOfThisList();
        }
        List<String> values = List.of(new String(body, StandardCharsets.UTF_8).split(SEPARATOR, -1));
        if (values.size() != expectedKeys) {
            throw Cursor.notOfThisList();
        }
        return new Cursor(values);
    }

    private static byte[] signature(SecretKeySpec key, String list, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(("essor-cursor-v2\n" + list + "\n").getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(mac.doFinal(body), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is unavailable", e);
        }
    }
}
