package org.essor.registry.domain;

import org.essor.kernel.Luhn;

/** SIRET: the 14-digit INSEE number of an establishment, its SIREN followed by a 5-digit NIC. */
public record Siret(String value) {

    static final String FIELD = "siret";
    static final int LENGTH = 14;
    /** La Poste has too many establishments for Luhn-checked NICs; INSEE checks their digit sum instead. */
    static final String LA_POSTE_SIREN = "356000000";

    public Siret {
        IdentifierText.requireDigits(FIELD, "SIRET (SIREN + NIC)", value, LENGTH);
        String sirenPart = value.substring(0, Siren.LENGTH);
        // A 14-digit number can pass Luhn while its first 9 digits do not: it cannot be anyone's SIRET.
        if (!Luhn.isValid(sirenPart)) {
            throw new InvalidIdentifierException(FIELD, "SIRET " + value + " starts with " + sirenPart
                    + ", which is not a valid SIREN; check it for a typing error.");
        }
        if (!Luhn.isValid(value) && !isValidLaPosteSiret(value)) {
            throw new InvalidIdentifierException(FIELD, value.startsWith(LA_POSTE_SIREN)
                    ? "SIRET " + value + " of La Poste fails its check (the sum of its digits must be a multiple of 5);"
                            + " check it for a typing error."
                    : "SIRET " + value + " fails its check digit (Luhn key); check it for a typing error.");
        }
    }

    /** Reads a SIRET as people type it: surrounding and inner spaces and dots are ignored ("552 081 317 00010"). */
    public static Siret parse(String raw) {
        return new Siret(IdentifierText.withoutSpacesAndDots(raw));
    }

    /** The SIREN of the enterprise this establishment belongs to. */
    public Siren siren() {
        return new Siren(value.substring(0, Siren.LENGTH));
    }

    /** The NIC (numéro interne de classement): the establishment's 5 digits within its SIREN. */
    public String nic() {
        return value.substring(Siren.LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }

    // La Poste's head office, 35600000000048, passes Luhn but not this rule: the rule adds to Luhn, never replaces it.
    private static boolean isValidLaPosteSiret(String value) {
        return value.startsWith(LA_POSTE_SIREN) && digitSum(value) % 5 == 0;
    }

    private static int digitSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digits.charAt(i) - '0';
        }
        return sum;
    }
}
