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
     * registered at the RCS), 8 (organismes privés spécialisés) and 9 (groupements de droit privé).
     */
    public Optional<String> outsideTheEss() {
        String kind = switch (code.charAt(0)) {
            case '1' -> "an individual entrepreneur (a natural person)";
            case '2' -> "a grouping of private law without legal personality";
            case '3' -> "a legal person of foreign law";
            case '4' -> "a legal person of public law subject to commercial law";
            case '7' -> "a legal person or body of administrative (public) law";
            case '5', '6', '8', '9' -> null;
            default -> "not a category of INSEE's nomenclature";
        };
        return Optional.ofNullable(kind).map(what -> code + " is " + what
                + ": the ESS is made of legal persons of private law (associations, cooperatives, mutuals, foundations, "
                + "commercial companies of the ESS)");
    }

    /** The ESS family the category belongs to; any category not listed is a commercial company. */
    public LegalFamily family() {
        if (code.startsWith("92")) {
            return LegalFamily.ASSOCIATION;
        }
        if (cooperativeKind().isPresent()) {
            return LegalFamily.COOPERATIVE;
        }
        return switch (code) {
            case "8210", "8250", "8290", "6411" -> LegalFamily.MUTUAL;
            case "9300" -> LegalFamily.FOUNDATION;
            default -> LegalFamily.COMMERCIAL_COMPANY;
        };
    }

    /** The kind of cooperative the category itself says; never SCIC or CAE, which are declared. */
    public Optional<CooperativeKind> cooperativeKind() {
        return switch (code) {
            case "5458", "5558", "5658" -> Optional.of(CooperativeKind.SCOP);
            case "5460", "5560", "5660" -> Optional.of(CooperativeKind.OTHER);
            case "6317" -> Optional.of(CooperativeKind.AGRICULTURAL);
            case "6316" -> Optional.of(CooperativeKind.CUMA);
            default -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return code;
    }
}
