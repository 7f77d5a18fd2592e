package org.essor.registry.domain;

/**
 * Why an enterprise belongs to the ESS: its statutory family (association, cooperative, mutual, foundation), or,
 * for a commercial company, its declaration as a "société commerciale de l'ESS" under the law of 31 July 2014.
 * The ESUS agreement comes on top of either.
 */
public enum EssBasis {
    STATUTORY_FAMILY,
    COMMERCIAL_ESS_COMPANY
}
