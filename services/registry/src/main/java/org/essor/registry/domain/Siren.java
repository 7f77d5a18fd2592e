package org.essor.registry.domain;

import org.essor.kernel.Luhn;

/** SIREN: the 9-digit INSEE number of a legal unit (entreprise), the last digit a Luhn check. */
public record Siren(String value) {

    static final String FIELD = "siren";
    static final int LENGTH = 9;

    public Siren {
        IdentifierText.requireDigits(FIELD, "SIREN", value, LENGTH);
        if (!Luhn.isValid(value)) {
            throw new InvalidIdentifierException(FIELD,
                    "SIREN " + value + " fails its check digit (Luhn key); check it for a typing error.");
        }
    }

    /** Reads a SIREN as people type it: surrounding and inner spaces and dots are ignored ("552 081 317"). */
    public static Siren parse(String raw) {
        return new Siren(IdentifierText.withoutSpacesAndDots(raw));
    }

    @Override
    public String toString() {
        return value;
    }
}
