package org.essor.financing.domain;

/** Whether an instrument exists, or the plan means to deploy or create it (the fonds ESS, the PASS and CONTRAT TSS). */
public enum InstrumentStatus {
    EXISTING, TO_BE_DEPLOYED, TO_BE_CREATED;

    /** The reference file's words: {@code existing}, {@code to-be-deployed}, {@code to-be-created}. */
    public static InstrumentStatus fromPlan(String value) {
        return valueOf(value.trim().toUpperCase().replace('-', '_'));
    }

    public boolean takesApplications() {
        return this == EXISTING;
    }
}
