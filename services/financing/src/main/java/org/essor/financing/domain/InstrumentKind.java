package org.essor.financing.domain;

/**
 * The kinds of financial tools of the plan's map (D.3): grants and donations, equity and quasi-equity, loans and
 * repayable advances, honour loans, participative loans, guarantees, crowdfunding; NOT_STATED where the plan names
 * a tool without saying what it is.
 */
public enum InstrumentKind {
    GRANT, DONATION, CROWDFUNDING, EQUITY, QUASI_EQUITY, EQUITY_OR_QUASI_EQUITY, LOAN, REPAYABLE_ADVANCE, HONOUR_LOAN,
    PARTICIPATIVE_LOAN, GUARANTEE, NOT_STATED;

    /** Whether what is granted is paid back on a repayment schedule. */
    public boolean repayable() {
        return this == LOAN || this == REPAYABLE_ADVANCE || this == HONOUR_LOAN || this == PARTICIPATIVE_LOAN;
    }

    /** A guarantee covers a bank loan: the enterprise receives no money unless the guarantee is called. */
    public boolean guarantee() {
        return this == GUARANTEE;
    }
}
