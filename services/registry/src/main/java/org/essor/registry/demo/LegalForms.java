package org.essor.registry.demo;

import static org.essor.registry.domain.Sector.AGRICULTURE;
import static org.essor.registry.domain.Sector.CIRCULAR_ECONOMY;
import static org.essor.registry.domain.Sector.CULTURE;
import static org.essor.registry.domain.Sector.DISABILITY;
import static org.essor.registry.domain.Sector.ENERGY_TRANSITION;
import static org.essor.registry.domain.Sector.HEALTH;
import static org.essor.registry.domain.Sector.HOUSING;
import static org.essor.registry.domain.Sector.INTEGRATION_THROUGH_WORK;
import static org.essor.registry.domain.Sector.SERVICES_TO_PERSONS;
import static org.essor.registry.domain.Sector.SOCIAL_TOURISM;
import static org.essor.registry.domain.Sector.SPORT;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.essor.registry.domain.LegalFamily;
import org.essor.registry.domain.Sector;

/**
 * For each ESS family, the INSEE legal categories drawn and, for each category, activities that fit it:
 * a NAF rév. 2 code, the plan's themes it touches and name patterns ({@code {de}} stands for "du Gard", "d'Albi"...).
 */
final class LegalForms {

    /** An activity; a rural one (CUMA, wine cooperative...) has its head office in a small town or village. */
    record Activity(String nafCode, List<Sector> sectors, List<String> names, boolean rural) {
    }

    record Category(String code, Weighted<Activity> activities) {
    }

    private static final Map<LegalFamily, Weighted<Category>> CATEGORIES = new EnumMap<>(LegalFamily.class);

    static {
        CATEGORIES.put(LegalFamily.ASSOCIATION, Weighted.<Category>builder()
                .add(new Category("9220", declaredAssociationActivities()), 88)
                .add(new Category("9221", Weighted.<Activity>builder()
                        .add(activity("81.30Z", List.of(INTEGRATION_THROUGH_WORK),
                                "Chantier d'Insertion {de}", "Association Tremplin {de}",
                                "Association Espaces Verts Solidaires {de}"), 3)
                        .add(activity("81.21Z", List.of(INTEGRATION_THROUGH_WORK),
                                "Régie de Quartier {de}", "Association Propreté et Insertion {de}"), 2)
                        .add(activity("38.32Z", List.of(INTEGRATION_THROUGH_WORK, CIRCULAR_ECONOMY),
                                "Atelier d'Insertion Recyclerie {de}"), 1)
                        .add(activity("01.13Z", List.of(INTEGRATION_THROUGH_WORK, AGRICULTURE),
                                "Jardins d'Insertion {de}"), 1)
                        .build()), 4)
                .add(new Category("9222", Weighted.<Activity>builder()
                        .add(activity("78.30Z", List.of(INTEGRATION_THROUGH_WORK, SERVICES_TO_PERSONS),
                                "Association Intermédiaire {de}", "Services Emploi Solidarité {de}",
                                "Association Coup de Main {de}"), 1)
                        .build()), 3)
                .add(new Category("9223", Weighted.<Activity>builder()
                        .add(activity("78.30Z", List.of(),
                                "Groupement d'Employeurs {de}", "Groupement d'Employeurs Associatifs {de}"), 2)
                        .add(activity("78.30Z", List.of(SPORT),
                                "Groupement d'Employeurs Sport et Animation {de}"), 1)
                        .add(ruralActivity("01.61Z", List.of(AGRICULTURE),
                                "Groupement d'Employeurs Agricoles {de}"), 2)
                        .build()), 2)
                .add(new Category("9230", Weighted.<Activity>builder()
                        .add(activity("87.20A", List.of(DISABILITY, HOUSING),
                                "Association Régionale pour l'Accueil des Personnes Handicapées {de}"), 1)
                        .add(activity("88.99B", List.of(SERVICES_TO_PERSONS),
                                "Association d'Entraide et de Solidarité {de}"), 1)
                        .add(activity("87.10A", List.of(HEALTH),
                                "Œuvre Hospitalière {de}"), 1)
                        .build()), 3)
                .build());

        CATEGORIES.put(LegalFamily.COOPERATIVE, Weighted.<Category>builder()
                .add(new Category("5458", scopActivities()), 22)
                .add(new Category("5558", scopActivities()), 4)
                .add(new Category("5658", scopActivities()), 1)
                .add(new Category("5460", otherCooperativeActivities()), 10)
                .add(new Category("5560", otherCooperativeActivities()), 5)
                .add(new Category("5660", otherCooperativeActivities()), 1)
                .add(new Category("6317", Weighted.<Activity>builder()
                        .add(ruralActivity("11.02B", List.of(AGRICULTURE),
                                "Cave Coopérative {de}", "Les Vignerons {de}", "Cave des Vignerons {de}",
                                "Les Vignerons Réunis {de}", "Les Coteaux {de}"), 4)
                        .add(ruralActivity("46.21Z", List.of(AGRICULTURE),
                                "Coopérative Agricole {de}", "Coopérative Céréalière {de}",
                                "Union des Producteurs {de}"), 3)
                        .add(ruralActivity("10.51C", List.of(AGRICULTURE),
                                "Coopérative Fromagère {de}"), 1)
                        .add(ruralActivity("46.31Z", List.of(AGRICULTURE),
                                "Coopérative Fruitière {de}", "Coopérative Fruits et Légumes {de}"), 2)
                        .build()), 28)
                .add(new Category("6316", Weighted.<Activity>builder()
                        .add(ruralActivity("01.61Z", List.of(AGRICULTURE),
                                "CUMA {de}", "CUMA La Solidaire {de}", "CUMA L'Entente {de}", "CUMA Les Coteaux {de}",
                                "CUMA L'Avenir {de}", "CUMA Le Progrès {de}", "CUMA Les Moissons {de}",
                                "CUMA La Fraternelle {de}", "CUMA du Plateau {de}", "CUMA de la Vallée {de}"), 1)
                        .build()), 27)
                .build());

        CATEGORIES.put(LegalFamily.MUTUAL, Weighted.<Category>builder()
                .add(new Category("8210", Weighted.<Activity>builder()
                        .add(activity("65.12Z", List.of(HEALTH),
                                "Mutuelle Solidaire {de}", "Mutuelle Santé {de}",
                                "Mutuelle des Agents Territoriaux {de}",
                                "Mutuelle Familiale {de}", "Mutuelle des Travailleurs {de}"), 6)
                        .add(activity("86.21Z", List.of(HEALTH), "Centre de Santé Mutualiste {de}"), 1)
                        .add(activity("86.23Z", List.of(HEALTH), "Centre Dentaire Mutualiste {de}"), 1)
                        .add(activity("47.78A", List.of(HEALTH), "Optique Mutualiste {de}"), 1)
                        .add(activity("87.10A", List.of(HEALTH, HOUSING), "Résidence Mutualiste {de}"), 1)
                        .build()), 55)
                .add(new Category("8290", Weighted.<Activity>builder()
                        .add(activity("86.10Z", List.of(HEALTH), "Clinique Mutualiste {de}"), 2)
                        .add(activity("88.10A", List.of(SERVICES_TO_PERSONS),
                                "Union Mutualiste d'Aide à Domicile {de}"), 2)
                        .add(activity("88.91A", List.of(SERVICES_TO_PERSONS), "Crèche Mutualiste {de}"), 1)
                        .build()), 15)
                .add(new Category("8250", Weighted.<Activity>builder()
                        .add(ruralActivity("65.12Z", List.of(AGRICULTURE),
                                "Caisse Locale d'Assurance Mutuelle Agricole {de}", "Mutuelle Agricole {de}"), 1)
                        .build()), 20)
                .add(new Category("6411", Weighted.<Activity>builder()
                        .add(activity("65.12Z", List.of(),
                                "Mutuelle d'Assurance {de}", "Société d'Assurance Mutuelle {de}"), 1)
                        .build()), 10)
                .build());

        CATEGORIES.put(LegalFamily.FOUNDATION, Weighted.<Category>builder()
                .add(new Category("9300", Weighted.<Activity>builder()
                        .add(activity("88.99B", List.of(SERVICES_TO_PERSONS),
                                "Fondation Solidarité {de}", "Fondation pour l'Enfance {de}"), 3)
                        .add(activity("87.10A", List.of(HEALTH), "Fondation Les Cèdres {de}"), 2)
                        .add(activity("87.20A", List.of(DISABILITY), "Fondation Accueil et Handicap {de}"), 2)
                        .add(activity("91.02Z", List.of(CULTURE), "Fondation Arts et Patrimoine {de}"), 1)
                        .add(activity("72.19Z", List.of(), "Fondation pour la Recherche Agronomique {de}"), 1)
                        .build()), 1)
                .build());
    }

    private LegalForms() {
    }

    static Category category(LegalFamily family, Random random) {
        Weighted<Category> categories = CATEGORIES.get(family);
        if (categories == null) {
            throw new IllegalArgumentException("No demo legal forms for " + family);
        }
        return categories.pick(random);
    }

    private static Weighted<Activity> declaredAssociationActivities() {
        return Weighted.<Activity>builder()
                .add(activity("94.99Z", List.of(),
                        "Association Les Amis {de}", "Comité des Fêtes {de}", "Foyer Rural {de}",
                        "Association Culture, Sport et Loisirs {de}", "Amicale Laïque {de}",
                        "Association des Habitants {de}", "Maison des Jeunes et de la Culture {de}",
                        "Collectif Citoyen {de}", "Comité de Jumelage {de}", "Club des Aînés {de}",
                        "Association des Parents d'Élèves {de}", "Cercle Occitan {de}",
                        "Association Patrimoine et Traditions {de}", "Association Échanges et Partage {de}",
                        "Amicale des Donneurs de Sang {de}", "Association Loisirs et Découvertes {de}"), 22)
                .add(activity("88.99B", List.of(SERVICES_TO_PERSONS, INTEGRATION_THROUGH_WORK),
                        "Association d'Entraide {de}", "Association Solidarité {de}", "Épicerie Solidaire {de}",
                        "Centre Social {de}", "Association Main Tendue {de}", "Association Accueil et Partage {de}",
                        "Association Le Lien {de}", "Association Passerelle {de}", "Maison de la Solidarité {de}"), 14)
                .add(activity("93.12Z", List.of(SPORT),
                        "Union Sportive {de}", "Association Sportive {de}", "Rugby Club {de}", "Football Club {de}",
                        "Judo Club {de}", "Tennis Club {de}", "Club Omnisports {de}", "Handball Club {de}",
                        "Cyclo Club {de}", "Basket Club {de}", "Athlétic Club {de}", "Amicale Bouliste {de}",
                        "Club de Natation {de}", "Escalade Club {de}", "Canoë-Kayak Club {de}",
                        "Union Cycliste {de}", "Volley-Ball Club {de}"), 14)
                .add(activity("93.29Z", List.of(SPORT, SOCIAL_TOURISM),
                        "Association Randonnée et Loisirs {de}", "Club de Loisirs {de}"), 3)
                .add(activity("90.01Z", List.of(CULTURE),
                        "Compagnie Théâtrale {de}", "Ensemble Vocal {de}", "Chorale {de}",
                        "Compagnie des Arts de la Rue {de}", "Association Musiques Actuelles {de}",
                        "Les Tréteaux {de}", "Compagnie de Danse {de}", "Orchestre d'Harmonie {de}",
                        "Association Festival des Arts {de}"), 7)
                .add(activity("59.14Z", List.of(CULTURE), "Ciné-Club {de}", "Association Cinéma et Culture {de}"), 1)
                .add(activity("85.52Z", List.of(CULTURE), "École de Musique {de}", "École de Danse {de}",
                        "Atelier des Arts {de}"), 3)
                .add(activity("91.02Z", List.of(CULTURE), "Écomusée {de}"), 1)
                .add(activity("85.59A", List.of(INTEGRATION_THROUGH_WORK),
                        "Association Formation et Emploi {de}", "Institut de Formation Solidaire {de}",
                        "Association Savoirs et Compétences {de}"), 5)
                .add(activity("88.10A", List.of(SERVICES_TO_PERSONS),
                        "Association d'Aide à Domicile {de}", "Service d'Aide aux Familles {de}",
                        "Association Présence à Domicile {de}", "Association Bien Vieillir {de}",
                        "Aide et Soins à Domicile {de}"), 6)
                .add(activity("88.91A", List.of(SERVICES_TO_PERSONS),
                        "Crèche Associative {de}", "Crèche Parentale Les Petits Loups {de}",
                        "Association Les Premiers Pas {de}"), 4)
                .add(activity("87.30A", List.of(HEALTH, HOUSING),
                        "Association Les Jours Heureux {de}", "Foyer-Logement Les Tilleuls {de}"), 2)
                .add(activity("87.10A", List.of(HEALTH), "Maison de Retraite Associative {de}"), 2)
                .add(activity("87.20A", List.of(DISABILITY, HOUSING),
                        "Foyer d'Hébergement {de}", "Association Vivre Ensemble {de}"), 2)
                .add(activity("88.10C", List.of(DISABILITY, INTEGRATION_THROUGH_WORK),
                        "Association Les Ateliers {de}", "ESAT Les Ateliers {de}"), 2)
                .add(activity("55.20Z", List.of(SOCIAL_TOURISM),
                        "Village Vacances {de}", "Association Tourisme et Loisirs {de}",
                        "Gîte d'Étape Associatif {de}", "Centre de Vacances {de}"), 3)
                .add(activity("38.32Z", List.of(CIRCULAR_ECONOMY),
                        "Ressourcerie {de}", "Recyclerie {de}", "Association Le Réemploi {de}"), 2)
                .add(activity("47.79Z", List.of(CIRCULAR_ECONOMY),
                        "Boutique Solidaire {de}", "Association Seconde Main {de}"), 1)
                .add(activity("01.13Z", List.of(AGRICULTURE, INTEGRATION_THROUGH_WORK),
                        "Association Les Jardins {de}", "Jardins Partagés {de}",
                        "Association Les Potagers Solidaires {de}"), 2)
                .add(activity("68.20A", List.of(HOUSING),
                        "Association pour le Logement des Jeunes {de}", "Association Habitat Solidaire {de}"), 1)
                .add(activity("87.90B", List.of(HOUSING, INTEGRATION_THROUGH_WORK),
                        "Centre d'Hébergement Solidaire {de}", "Association Accueil et Hébergement {de}"), 2)
                .build();
    }

    private static Weighted<Activity> scopActivities() {
        return Weighted.<Activity>builder()
                .add(activity("43.32A", List.of(), "SCOP Menuiserie {de}", "SCOP Charpente et Menuiserie {de}"), 3)
                .add(activity("16.23Z", List.of(), "SCOP Les Charpentiers {de}", "SCOP Bois et Construction {de}"), 2)
                .add(activity("43.21A", List.of(ENERGY_TRANSITION),
                        "SCOP Électricité Générale {de}", "SCOP Énergies Solaires {de}"), 2)
                .add(activity("41.20A", List.of(ENERGY_TRANSITION),
                        "SCOP Éco-Construction {de}", "SCOP Maçons Bâtisseurs {de}"), 2)
                .add(activity("62.01Z", List.of(), "SCOP Logiciels Libres {de}", "SCOP Numérique {de}"), 2)
                .add(activity("71.12B", List.of(ENERGY_TRANSITION),
                        "SCOP Bureau d'Études {de}", "SCOP Ingénierie Environnement {de}"), 2)
                .add(activity("56.10A", List.of(),
                        "SCOP Restaurant Le Comptoir {de}", "SCOP Le Bistrot Coopératif {de}",
                        "SCOP La Table Partagée {de}"), 2)
                .add(activity("58.14Z", List.of(CULTURE), "SCOP Éditions {de}", "SCOP Le Journal {de}"), 1)
                .add(activity("81.30Z", List.of(CIRCULAR_ECONOMY), "SCOP Paysagistes {de}"), 1)
                .add(activity("70.22Z", List.of(), "Coopérative d'Activité et d'Emploi {de}"), 1)
                .add(activity("85.59A", List.of(), "SCOP Formation et Conseil {de}"), 1)
                .build();
    }

    private static Weighted<Activity> otherCooperativeActivities() {
        return Weighted.<Activity>builder()
                .add(activity("35.11Z", List.of(ENERGY_TRANSITION),
                        "SCIC Énergies Citoyennes {de}", "Coopérative Énergie Solaire {de}"), 3)
                .add(activity("47.11B", List.of(AGRICULTURE),
                        "Coopérative Épicerie Paysanne {de}", "Coopérative de Consommateurs {de}"), 2)
                .add(activity("55.20Z", List.of(SOCIAL_TOURISM),
                        "SCIC Tourisme Solidaire {de}", "Coopérative Gîtes et Randonnée {de}"), 2)
                .add(activity("38.32Z", List.of(CIRCULAR_ECONOMY),
                        "SCIC Réemploi {de}", "Coopérative Recyclage Solidaire {de}"), 2)
                .add(activity("68.20A", List.of(HOUSING), "Coopérative d'Habitants {de}"), 1)
                .add(activity("88.10A", List.of(SERVICES_TO_PERSONS), "SCIC Services à Domicile {de}"), 1)
                .add(activity("90.02Z", List.of(CULTURE), "Coopérative Culturelle {de}"), 1)
                .add(activity("70.22Z", List.of(), "Coopérative d'Activité et d'Emploi {de}"), 1)
                .build();
    }

    private static Activity activity(String nafCode, List<Sector> sectors, String... names) {
        return new Activity(nafCode, sectors, List.of(names), false);
    }

    private static Activity ruralActivity(String nafCode, List<Sector> sectors, String... names) {
        return new Activity(nafCode, sectors, List.of(names), true);
    }
}
