package org.essor.registry.demo;

import java.util.Set;

/** French enterprise names from a pattern and a place, with the preposition French needs ("d'Albi", "du Gard"). */
final class Names {

    static final String PLACE = "{de}";
    private static final Set<Character> VOWELS = Set.of('A', 'E', 'I', 'O', 'U', 'Y', 'É', 'È', 'Ê', 'Î', 'Ô');

    private Names() {
    }

    static String of(String pattern, String placeWithPreposition) {
        return pattern.replace(PLACE, placeWithPreposition);
    }

    /** "de Toulouse", "d'Albi", "de L'Isle-Jourdain", "du Vigan", "des Angles". */
    static String ofCommune(String communeName) {
        if (communeName.startsWith("Le ")) {
            return "du " + communeName.substring(3);
        }
        if (communeName.startsWith("Les ")) {
            return "des " + communeName.substring(4);
        }
        if (!communeName.startsWith("L'") && VOWELS.contains(Character.toUpperCase(communeName.charAt(0)))) {
            return "d'" + communeName;
        }
        return "de " + communeName;
    }
}
