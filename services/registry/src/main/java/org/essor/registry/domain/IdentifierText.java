package org.essor.registry.domain;

import java.util.regex.Pattern;

import org.essor.kernel.Digits;

/** Normalising and checking of typed identifiers, shared by the value objects. */
final class IdentifierText {

    // People paste identifiers formatted the French way, with no-break and narrow no-break spaces.
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern SPACES_AND_DOTS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F.]+");
    private static final int SHOWN_LENGTH = 40;

    private IdentifierText() {
    }

    static String withoutSpaces(String raw) {
        return raw == null ? null : SPACES.matcher(raw).replaceAll("");
    }

    static String withoutSpacesAndDots(String raw) {
        return raw == null ? null : SPACES_AND_DOTS.matcher(raw).replaceAll("");
    }

    static boolean isAsciiDigits(String text) {
        return Digits.only(text);
    }

    /** Checks presence, digits only and length, with a message naming what is wrong. */
    static void requireDigits(String field, String label, String value, int length) {
        requirePresent(field, label, value);
        if (!isAsciiDigits(value)) {
            throw new InvalidIdentifierException(field,
                    "A " + label + " has only digits; " + shown(value) + " has other characters.");
        }
        if (value.length() != length) {
            throw new InvalidIdentifierException(field,
                    "A " + label + " has " + length + " digits; " + shown(value) + " has " + value.length() + ".");
        }
    }

    static void requirePresent(String field, String label, String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidIdentifierException(field, label + " is missing.");
        }
    }

    /** The value quoted for a message, cut short so a pasted paragraph does not end up in a log line. */
    static String shown(String value) {
        String text = value.length() > SHOWN_LENGTH ? value.substring(0, SHOWN_LENGTH) + "…" : value;
        return '"' + text + '"';
    }
}
