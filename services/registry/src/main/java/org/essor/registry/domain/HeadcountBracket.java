package org.essor.registry.domain;

import java.util.Locale;

/** The INSEE tranche d'effectif salarié of a legal unit or establishment, identified by its 2-character code. */
public enum HeadcountBracket {
    NONE_OR_UNKNOWN("NN", null, null, "Non employeuse ou effectif inconnu"),
    ZERO("00", 0, 0, "0 salarié"),
    FROM_1_TO_2("01", 1, 2, "1 ou 2 salariés"),
    FROM_3_TO_5("02", 3, 5, "3 à 5 salariés"),
    FROM_6_TO_9("03", 6, 9, "6 à 9 salariés"),
    FROM_10_TO_19("11", 10, 19, "10 à 19 salariés"),
    FROM_20_TO_49("12", 20, 49, "20 à 49 salariés"),
    FROM_50_TO_99("21", 50, 99, "50 à 99 salariés"),
    FROM_100_TO_199("22", 100, 199, "100 à 199 salariés"),
    FROM_200_TO_249("31", 200, 249, "200 à 249 salariés"),
    FROM_250_TO_499("32", 250, 499, "250 à 499 salariés"),
    FROM_500_TO_999("41", 500, 999, "500 à 999 salariés"),
    FROM_1000_TO_1999("42", 1000, 1999, "1 000 à 1 999 salariés"),
    FROM_2000_TO_4999("51", 2000, 4999, "2 000 à 4 999 salariés"),
    FROM_5000_TO_9999("52", 5000, 9999, "5 000 à 9 999 salariés"),
    FROM_10000("53", 10000, null, "10 000 salariés et plus");

    static final String FIELD = "headcountBracket";

    private final String code;
    private final Integer minEmployees;
    private final Integer maxEmployees;
    private final String label;

    HeadcountBracket(String code, Integer minEmployees, Integer maxEmployees, String label) {
        this.code = code;
        this.minEmployees = minEmployees;
        this.maxEmployees = maxEmployees;
        this.label = label;
    }

    /** The bracket of an INSEE code such as {@code 01} or {@code NN}. */
    public static HeadcountBracket ofCode(String code) {
        String compact = IdentifierText.withoutSpaces(code);
        IdentifierText.requirePresent(FIELD, "Headcount bracket", compact);
        String wanted = compact.toUpperCase(Locale.ROOT);
        for (HeadcountBracket bracket : values()) {
            if (bracket.code.equals(wanted)) {
                return bracket;
            }
        }
        throw new InvalidIdentifierException(FIELD, "Unknown headcount bracket " + IdentifierText.shown(compact)
                + "; INSEE codes are NN, 00, 01, 02, 03, 11, 12, 21, 22, 31, 32, 41, 42, 51, 52 and 53.");
    }

    /** The INSEE code, the form to exchange in JSON and CSV. */
    public String code() {
        return code;
    }

    /** The lowest headcount of the bracket, null when unknown (NN). */
    public Integer minEmployees() {
        return minEmployees;
    }

    /** The highest headcount of the bracket, null when open-ended (10 000 and more) or unknown (NN). */
    public Integer maxEmployees() {
        return maxEmployees;
    }

    /** The French label, e.g. "1 ou 2 salariés". */
    public String label() {
        return label;
    }
}
