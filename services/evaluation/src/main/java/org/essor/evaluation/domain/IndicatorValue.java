package org.essor.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * One value of an indicator: the dimension values it is for (in the order they were asked), its value, and what it
 * is made of: the sums of the terms and how many units contributed (for statistical secrecy).
 */
public record IndicatorValue(Map<Dimension, String> dimensions, BigDecimal value, BigDecimal numerator,
                             BigDecimal denominator, long contributors) {

    public IndicatorValue {
        dimensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dimensions));
    }

    /** The value the terms make for the indicator's kind: a ratio at four decimals, none without a denominator. */
    public static BigDecimal valueOf(IndicatorKind kind, BigDecimal numerator, BigDecimal denominator) {
        if (kind != IndicatorKind.RATIO) {
            return numerator == null ? BigDecimal.ZERO : numerator.stripTrailingZeros().scale() <= 0
                    ? numerator.setScale(0, RoundingMode.UNNECESSARY) : numerator;
        }
        if (denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, 4, RoundingMode.HALF_EVEN);
    }
}
