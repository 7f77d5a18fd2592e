package org.essor.financing.domain;

/** The money movements of a financing, each published on {@code financing.payment.v1}. */
public enum PaymentKind {
    DISBURSED, REPAYMENT_RECEIVED, REPAYMENT_MISSED, GUARANTEE_CALLED, GUARANTEE_PAID;

    /** The event's verb: {@code repayment-received}. */
    public String verb() {
        return name().toLowerCase().replace('_', '-');
    }
}
