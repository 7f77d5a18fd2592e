package org.essor.registry.domain;

/** Why an enterprise leaves the register (the free-text comment beside it stays in the registry). */
public enum StrikeOffReason {
    CEASED_ACTIVITY,
    LEFT_ESS,
    LEFT_REGION,
    MERGED,
    DUPLICATE,
    OTHER
}
