package org.essor.evaluation.domain;

/** How an indicator's facts make its value. */
public enum IndicatorKind {
    /** How many facts happened in the period (each fact counts one). */
    COUNT,
    /** The sum of the facts' amounts in the period (euros, hours, jobs). */
    SUM,
    /** The sum of the numerators over the sum of the denominators (a rate, a leverage); none without a denominator. */
    RATIO,
    /** How many facts hold at the end of the period (agreements valid then). */
    STOCK
}
