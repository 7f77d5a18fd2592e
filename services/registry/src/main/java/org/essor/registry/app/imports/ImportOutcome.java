package org.essor.registry.app.imports;

/** What an import did with a line. */
public enum ImportOutcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    REJECTED
}
