package org.essor.programmes.domain;

/** The steps of a project the programmes follow. */
public enum MilestoneKind {
    BUSINESS_PLAN,
    STATUTES_FILED,
    ENTERPRISE_REGISTERED,
    FIRST_HIRE,
    FIRST_CUSTOMER,
    FIRST_FINANCING,
    ESUS_AGREEMENT
}
