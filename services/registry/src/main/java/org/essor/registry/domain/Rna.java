package org.essor.registry.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** RNA: the number of an association in the Répertoire national des associations, e.g. W751234567. */
public record Rna(String value) {

    static final String FIELD = "rna";
    // W, then the greffe's 3 characters (a letter in second place overseas, e.g. W9P), then 6 digits.
    private static final Pattern FORMAT = Pattern.compile("W[0-9][0-9A-Z][0-9]{7}");

    public Rna {
        IdentifierText.requirePresent(FIELD, "RNA number", value);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidIdentifierException(FIELD, "An RNA number is W followed by 9 characters,"
                    + " e.g. W751234567 (W9P1002760 overseas); " + IdentifierText.shown(value) + " is not.");
        }
    }

    /** Reads an RNA number ignoring spaces and letter case ("w75 1234567"). */
    public static Rna parse(String raw) {
        String compact = IdentifierText.withoutSpaces(raw);
        return new Rna(compact == null ? null : compact.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
