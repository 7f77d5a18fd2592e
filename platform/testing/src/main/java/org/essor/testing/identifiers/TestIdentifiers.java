package org.essor.testing.identifiers;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid and unique-enough French identifiers for tests. */
public final class TestIdentifiers {

    private TestIdentifiers() {
    }

    /** A SIREN with a correct check digit, never seen before in this test run (first digit 1-8, random rest). */
    public static String siren() {
        String body = String.valueOf(1 + ThreadLocalRandom.current().nextInt(8))
                + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return body + luhnCheckDigit(body);
    }

    /** The SIRET of establishment number {@code nic} (1-9999) of {@code siren}. */
    public static String siret(String siren, int nic) {
        String body = siren + String.format("%04d", nic);
        return body + luhnCheckDigit(body);
    }

    public static String rna() {
        return "W31" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** The same SIREN with its last digit changed: the check digit fails. */
    public static String wrongCheckDigit(String identifier) {
        char last = identifier.charAt(identifier.length() - 1);
        return identifier.substring(0, identifier.length() - 1) + (last == '9' ? '0' : (char) (last + 1));
    }

    public static int luhnCheckDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
