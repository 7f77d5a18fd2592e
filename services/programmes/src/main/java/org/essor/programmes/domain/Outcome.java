package org.essor.programmes.domain;

/** How a completed participation ended. */
public enum Outcome {
    /** An enterprise was created (linked to its registry id once registered). */
    ENTERPRISE_CREATED,
    PROJECT_CONTINUING,
    ABANDONED
}
