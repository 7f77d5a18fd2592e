package org.essor.registry.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An activity code of the NAF (code APE), in its canonical form {@code NN.NNL}, e.g. 88.99B. */
public record NafCode(String code, NafVersion version) {

    static final String FIELD = "nafCode";
    private static final Pattern CANONICAL = Pattern.compile("[0-9]{2}\\.[0-9]{2}[A-Z]");
    private static final Pattern TYPED = Pattern.compile("([0-9]{2})\\.?([0-9]{2})([A-Z])");

    public NafCode {
        Objects.requireNonNull(version, "version");
        IdentifierText.requirePresent(FIELD, "NAF code", code);
        if (!CANONICAL.matcher(code).matches()) {
            throw new InvalidIdentifierException(FIELD, formatMessage(code));
        }
    }

    /** Reads a NAF code written {@code 88.99B}, {@code 8899B} or in lower case. */
    public static NafCode parse(String raw, NafVersion version) {
        String compact = IdentifierText.withoutSpaces(raw);
        IdentifierText.requirePresent(FIELD, "NAF code", compact);
        Matcher typed = TYPED.matcher(compact.toUpperCase(Locale.ROOT));
        if (!typed.matches()) {
            throw new InvalidIdentifierException(FIELD, formatMessage(compact));
        }
        return new NafCode(typed.group(1) + "." + typed.group(2) + typed.group(3), version);
    }

    /** The division: the first two digits, e.g. {@code 88} for 88.99B. */
    public String division() {
        return code.substring(0, 2);
    }

    /** Whether the code falls under {@code prefix} ("88", "88.9", "8899"), compared on the canonical form. */
    public boolean startsWith(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        String compact = IdentifierText.withoutSpaces(prefix).toUpperCase(Locale.ROOT);
        if (compact.length() > 2 && compact.charAt(2) != '.') {
            compact = compact.substring(0, 2) + "." + compact.substring(2);
        }
        return code.startsWith(compact);
    }

    @Override
    public String toString() {
        return code;
    }

    private static String formatMessage(String value) {
        return "A NAF code is two digits, a dot, two digits and a letter, e.g. 88.99B; "
                + IdentifierText.shown(value) + " is not.";
    }
}
