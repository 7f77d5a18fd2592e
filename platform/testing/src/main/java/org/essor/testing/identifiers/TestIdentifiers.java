package org.essor.testing.identifiers;

import java.util.concurrent.ThreadLocalRandom;

import org.essor.kernel.Luhn;

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
        return Luhn.checkDigit(body);
    }
}
