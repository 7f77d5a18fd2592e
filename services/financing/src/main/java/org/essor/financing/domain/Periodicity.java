package org.essor.financing.domain;

/** How often a loan or a repayable advance falls due once its deferral is over: every one, three, six or twelve months. */
public enum Periodicity {

    MONTHLY(1),
    QUARTERLY(3),
    SEMI_ANNUAL(6),
    ANNUAL(12);

    private final int months;

    Periodicity(int months) {
        this.months = months;
    }

    /** The months between two instalments. */
    public int months() {
        return months;
    }
}
