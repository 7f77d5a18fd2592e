package org.essor.evaluation.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an indicator's values can be grouped and filtered by. The periods are calendar months, quarters and years in
 * Paris time; the others are the codes the events carry.
 */
public enum Dimension {
    MONTH("month", true),
    QUARTER("quarter", true),
    YEAR("year", true),
    DEPARTEMENT("departement", false),
    AXIS("axis", false),
    LEGAL_FAMILY("legal-family", false),
    PROGRAMME("programme", false),
    INSTRUMENT("instrument", false),
    INSTRUMENT_KIND("instrument-kind", false),
    PROVIDER("provider", false),
    CAMPAIGN("campaign", false);

    private final String parameter;
    private final boolean period;

    Dimension(String parameter, boolean period) {
        this.parameter = parameter;
        this.period = period;
    }

    /** Its name in queries and answers ({@code groupBy=departement,quarter}, {@code "legal-family": "ASSOCIATION"}). */
    public String parameter() {
        return parameter;
    }

    public boolean isPeriod() {
        return period;
    }

    /** The fact column that holds the dimension's value (periods are computed from the fact's time). */
    public String column() {
        return name().toLowerCase();
    }

    public static Optional<Dimension> ofParameter(String parameter) {
        return Arrays.stream(values()).filter(dimension -> dimension.parameter.equals(parameter)).findFirst();
    }
}
