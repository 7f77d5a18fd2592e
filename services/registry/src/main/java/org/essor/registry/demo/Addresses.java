package org.essor.registry.demo;

import java.util.List;
import java.util.Random;

/** Street addresses of the kind found in any French town. */
final class Addresses {

    private static final List<String> STREETS = List.of(
            "rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "place de la Mairie",
            "rue des Écoles", "boulevard Gambetta", "rue Pasteur", "avenue de la Gare", "rue Émile Zola",
            "place du Marché", "rue de l'Église", "impasse des Lilas", "rue du Moulin",
            "avenue du Général de Gaulle", "rue Jean Moulin", "chemin des Vignes", "allée des Platanes",
            "rue du 14 Juillet", "rue des Jardins", "avenue de la Libération", "rue Paul Bert",
            "rue de la Paix", "chemin du Stade", "rue des Artisans", "boulevard Carnot", "rue Jules Ferry",
            "rue Voltaire", "place de l'Occitanie", "rue des Tanneurs", "route de la Forêt");

    private Addresses() {
    }

    static String street(Random random) {
        int number = 1 + random.nextInt(150);
        String suffix = random.nextInt(12) == 0 ? " bis" : "";
        return number + suffix + " " + STREETS.get(random.nextInt(STREETS.size()));
    }
}
