package org.essor.financing.domain;

/** How an instrument takes applications: at any time, during one period, or until each of its yearly deadlines. */
public enum WindowKind {
    ONGOING, ONE_OFF, RECURRING
}
