package org.essor.financing.domain;

/** Who runs an instrument: the Région, a national network run by its regional branch, a national body, Europe. */
public enum InstrumentScope {
    REGIONAL, NATIONAL_REGIONAL, NATIONAL, EUROPEAN, NOT_STATED;

    public static InstrumentScope fromPlan(String value) {
        return valueOf(value.trim().toUpperCase());
    }
}
