package org.essor.registry.domain;

/** The legal family of an enterprise of the ESS, as the law of 31 July 2014 (art. 1) lists them. */
public enum LegalFamily {
    ASSOCIATION,
    COOPERATIVE,
    MUTUAL,
    FOUNDATION,
    /** A commercial company of the ESS: in the ESS only by what it declares, not by its statutes. */
    COMMERCIAL_COMPANY;

    /** Whether the legal form alone makes the enterprise part of the ESS. */
    public boolean statutoryEss() {
        return this != COMMERCIAL_COMPANY;
    }
}
