package org.essor.registry.domain;

import java.util.Optional;

/**
 * The kind of a cooperative: derived from its legal category (see {@link LegalCategories}), except SCIC and CAE,
 * which have no category of their own and are declared.
 */
public enum CooperativeKind {
    /** Société coopérative et participative (coopérative ouvrière de production). */
    SCOP,
    /** Société coopérative d'intérêt collectif: no category of its own, declared. */
    SCIC,
    /** Coopérative d'activité et d'emploi: no category of its own, declared. */
    CAE,
    /** Coopérative d'utilisation de matériel agricole en commun. */
    CUMA,
    /** Société coopérative agricole, and the unions of agricultural cooperatives. */
    AGRICULTURAL,
    /** Cooperative and mutual banks: banques populaires, crédit mutuel, crédit agricole, caisses d'épargne, crédit maritime, sociétés de caution mutuelle. */
    BANKING,
    /** Coopérative de consommation (consumers' cooperative). */
    CONSUMER,
    /** Coopérative artisanale (craftsmen's cooperative). */
    CRAFT,
    /** Coopérative de transport (carriers' cooperative). */
    TRANSPORT,
    /** Coopérative de production d'HLM (social housing). */
    HLM,
    /** Coopérative d'intérêt maritime (fishermen and seafarers). */
    MARITIME,
    /** Coopérative de construction. */
    CONSTRUCTION,
    /** Coopérative de commerçants-détaillants (independent retailers). */
    RETAILERS,
    /** Union de sociétés coopératives (law of 10 September 1947, art. 5). */
    UNION,
    /** Any other cooperative company. */
    OTHER;

    /** Whether this kind is declared by the enterprise rather than derived from its legal category. */
    public boolean declaredSubtype() {
        return this == SCIC || this == CAE;
    }

    /** Whether an enterprise of {@code category} can be, or declare itself, a cooperative of this kind. */
    public boolean declarableFor(LegalCategory category) {
        Optional<CooperativeKind> derived = category.cooperativeKind();
        return switch (this) {
            case SCIC -> derived.equals(Optional.of(OTHER));
            // A CAE is run either as a SCOP or as another cooperative (often a SCIC).
            case CAE -> derived.equals(Optional.of(SCOP)) || derived.equals(Optional.of(OTHER));
            default -> derived.equals(Optional.of(this));
        };
    }
}
