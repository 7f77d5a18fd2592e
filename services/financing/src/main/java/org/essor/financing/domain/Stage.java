package org.essor.financing.domain;

/** The stages of an enterprise's life the plan's tools serve (D.3): emergence and creation, development, scaling. */
public enum Stage {
    EMERGENCE_CREATION, DEVELOPMENT, SCALING
}
