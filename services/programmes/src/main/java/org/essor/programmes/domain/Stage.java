package org.essor.programmes.domain;

/** The stage of a project or enterprise a programme serves (the vocabulary of the plan's financing map). */
public enum Stage {
    EMERGENCE_CREATION,
    DEVELOPMENT,
    SCALING
}
