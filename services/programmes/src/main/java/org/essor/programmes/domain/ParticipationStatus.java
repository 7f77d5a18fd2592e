package org.essor.programmes.domain;

/** Where an admitted applicant stands in their cohort. */
public enum ParticipationStatus {
    ACTIVE,
    COMPLETED,
    DROPPED_OUT
}
