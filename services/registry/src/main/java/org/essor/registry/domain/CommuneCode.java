package org.essor.registry.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** The INSEE code of a commune (code officiel géographique), e.g. 31555 for Toulouse or 2A004 for Ajaccio. */
public record CommuneCode(String value) {

    static final String FIELD = "communeCode";
    private static final Pattern FORMAT = Pattern.compile("[0-9]{5}|2[AB][0-9]{3}");

    public CommuneCode {
        IdentifierText.requirePresent(FIELD, "Commune code", value);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidIdentifierException(FIELD, "An INSEE commune code has 5 characters, digits or 2A/2B"
                    + " then 3 digits in Corsica (e.g. 31555, 2A004); " + IdentifierText.shown(value) + " is not one.");
        }
    }

    /** Reads a commune code ignoring spaces and letter case ("2a004"). */
    public static CommuneCode parse(String raw) {
        String compact = IdentifierText.withoutSpaces(raw);
        return new CommuneCode(compact == null ? null : compact.toUpperCase(Locale.ROOT));
    }

    /** The département: 2A/2B in Corsica, 3 digits overseas (97x), otherwise the first 2 digits. */
    public String departementCode() {
        return value.startsWith("97") ? value.substring(0, 3) : value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
