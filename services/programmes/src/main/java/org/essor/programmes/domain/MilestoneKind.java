package org.essor.programmes.domain;

/** The steps of a project the programmes follow; growth milestones are those of enterprises changing scale. */
public enum MilestoneKind {
    BUSINESS_PLAN(false),
    STATUTES_FILED(false),
    ENTERPRISE_REGISTERED(false),
    FIRST_HIRE(false),
    FIRST_CUSTOMER(false),
    FIRST_FINANCING(false),
    ESUS_AGREEMENT(false),
    /** The activity reached a new territory (swarming, duplication). */
    NEW_TERRITORY(true),
    /** A new establishment opened. */
    NEW_ESTABLISHMENT(true),
    /** The turnover doubled since enrolment. */
    TURNOVER_DOUBLED(true),
    /** The workforce doubled since enrolment. */
    WORKFORCE_DOUBLED(true),
    /** Equity or quasi-equity was raised (fonds propres, C.4). */
    EQUITY_RAISED(true);

    private final boolean growth;

    MilestoneKind(boolean growth) {
        this.growth = growth;
    }

    /** A milestone of growth, followed for participants changing scale. */
    public boolean growth() {
        return growth;
    }
}
