package org.essor.registry.domain;

import java.util.Optional;

/** The INSEE catégorie juridique (niveau III, 4 digits) of a legal unit, e.g. 9220 for a declared association. */
public record LegalCategory(String code) {

    static final String FIELD = "legalCategory";

    public LegalCategory {
        IdentifierText.requireDigits(FIELD, "legal category (catégorie juridique)", code, 4);
    }

    /** Reads a legal category ignoring surrounding and inner spaces. */
    public static LegalCategory parse(String raw) {
        return new LegalCategory(IdentifierText.withoutSpaces(raw));
    }

    /**
     * Why a unit of this category cannot be an ESS enterprise, if it cannot: the ESS is made of legal persons of
     * private law (plan A.1), which INSEE's first level puts under 5 (sociétés commerciales), 6 (other legal persons
     * registered at the RCS), 8 (organismes privés spécialisés) and 9 (groupements de droit privé); and the category
     * must be one of INSEE's nomenclature ({@link LegalCategories}).
     */
    public Optional<String> outsideTheEss() {
        String kind = switch (code.charAt(0)) {
            case '0' -> "an undertaking for collective investment without legal personality";
            case '1' -> "an individual entrepreneur (a natural person)";
            case '2' -> "a grouping of private law without legal personality";
            case '3' -> "a legal person of foreign law";
            case '4' -> "a legal person of public law subject to commercial law";
            case '7' -> "a legal person or body of administrative (public) law";
            default -> null;
        };
        if (kind == null && LegalCategories.find(code).isEmpty()) {
            return Optional.of(code + " is not a catégorie juridique of INSEE's nomenclature (level III)");
        }
        return Optional.ofNullable(kind).map(what -> code + " is " + what
                + ": the ESS is made of legal persons of private law (associations, cooperatives, mutuals, foundations, "
                + "commercial companies of the ESS)");
    }

    /** INSEE's label of the category; empty for a code the nomenclature does not have. */
    public Optional<String> label() {
        return LegalCategories.find(code).map(LegalCategories.Entry::label);
    }

    /**
     * The ESS family the category gives ({@link LegalCategories}); a code the nomenclature does not have counts as a
     * commercial company here, and {@link #outsideTheEss()} refuses it.
     */
    public LegalFamily family() {
        return LegalCategories.find(code).map(LegalCategories.Entry::family).orElse(LegalFamily.COMMERCIAL_COMPANY);
    }

    /** The kind of cooperative the category itself says; never SCIC or CAE, which are declared. */
    public Optional<CooperativeKind> cooperativeKind() {
        return LegalCategories.find(code).map(LegalCategories.Entry::cooperativeKind);
    }

    @Override
    public String toString() {
        return code;
    }
}
