package org.essor.registry.domain;

/** Where an enterprise stands in the register: registered → verified (by a registry officer) → struck off. */
public enum EnterpriseStatus {
    REGISTERED,
    VERIFIED,
    STRUCK_OFF
}
