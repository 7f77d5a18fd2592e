package org.essor.registry.domain;

/**
 * The agreements that make an enterprise a structure of the insertion par l'activité économique (IAE, code du travail
 * L.5132-1 and following) or an entreprise adaptée (L.5213-13): what plan sections B.3 and D.2 count.
 */
public enum InclusionAgreementKind {
    /** Entreprise d'insertion. */
    EI,
    /** Entreprise de travail temporaire d'insertion. */
    ETTI,
    /** Atelier et chantier d'insertion. */
    ACI,
    /** Association intermédiaire. */
    AI,
    /** Entreprise adaptée (disability). */
    EA;

    /** Whether the agreement makes the enterprise a structure of the IAE (every kind but EA). */
    public boolean insertionThroughWork() {
        return this != EA;
    }
}
