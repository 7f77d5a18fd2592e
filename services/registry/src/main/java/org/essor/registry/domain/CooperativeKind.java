package org.essor.registry.domain;

import java.util.Optional;

/** The kind of a cooperative: derived from its legal category, except SCIC and CAE, which are declared. */
public enum CooperativeKind {
    /** Société coopérative et participative (coopérative ouvrière de production). */
    SCOP,
    /** Société coopérative d'intérêt collectif: no category of its own, declared. */
    SCIC,
    /** Coopérative d'activité et d'emploi: no category of its own, declared. */
    CAE,
    /** Coopérative d'utilisation de matériel agricole en commun. */
    CUMA,
    /** Société coopérative agricole. */
    AGRICULTURAL,
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
