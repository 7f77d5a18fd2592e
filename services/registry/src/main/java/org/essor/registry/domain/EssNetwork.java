package org.essor.registry.domain;

/**
 * A network of the ESS an enterprise belongs to: the têtes de réseau the regional plan names (B.3, D.2: the
 * Fédération des entreprises d'insertion, COORACE, Mouvement associatif, MOUVES, URSCOP, CAP Occitanie; C.5: URIOPSS,
 * UDES) and membership of the CRESS.
 */
public enum EssNetwork {
    /** Union régionale des SCOP et SCIC. */
    URSCOP,
    /** Fédération des structures de l'insertion par l'activité économique (COORACE). */
    COORACE,
    /** Fédération des entreprises d'insertion. */
    FEDERATION_ENTREPRISES_INSERTION,
    /** Réseau régional des entreprises adaptées (CAP Occitanie). */
    CAP_OCCITANIE,
    /** Mouvement des entrepreneurs sociaux. */
    MOUVES,
    /** Le Mouvement associatif Occitanie. */
    MOUVEMENT_ASSOCIATIF,
    /** Union régionale interfédérale des organismes privés sanitaires et sociaux. */
    URIOPSS,
    /** Union des employeurs de l'économie sociale et solidaire. */
    UDES,
    /** Member of the Chambre régionale de l'ESS. */
    CRESS
}
