package org.essor.registry.demo;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The 13 départements of Occitanie, each with its prefecture and a few more real communes, for demo addresses.
 *
 * <p>Commune codes and postcodes were checked against La Poste's base officielle des codes postaux.
 * Populations are rounded (populations légales around 2021) and only weigh the draw.
 */
final class Occitanie {

    /** A commune; {@code quarters} are a few of its quartiers, with their preposition, for neighbourhood names. */
    record Commune(String code, String name, double population, List<String> postcodes, List<String> quarters) {
    }

    /** A département with the communes drawn in it and the names of its pays, used in enterprise names. */
    record Departement(String code, String name, double population, Weighted<Commune> communes,
            List<Commune> ruralCommunes, List<String> areas) {
    }

    /** Small towns and villages, where CUMAs and wine cooperatives are, rather than cities. */
    static final double RURAL_POPULATION = 12_000;

    static final List<Departement> DEPARTEMENTS = List.of(
            departement("09", "Ariège", 155_000,
                    List.of("de l'Ariège", "du Couserans", "du Pays de Foix", "du Pays d'Olmes"),
                    commune("09122", "Foix", 9_600, "09000"),
                    commune("09225", "Pamiers", 15_900, "09100"),
                    commune("09261", "Saint-Girons", 6_200, "09200"),
                    commune("09160", "Lavelanet", 5_800, "09300"),
                    commune("09194", "Mirepoix", 3_200, "09500"),
                    commune("09306", "Tarascon-sur-Ariège", 3_300, "09400"),
                    commune("09282", "Saverdun", 4_900, "09700")),
            departement("11", "Aude", 375_000,
                    List.of("de l'Aude", "des Corbières", "du Minervois", "du Lauragais", "de la Montagne Noire"),
                    commune("11069", "Carcassonne", 46_000, "11000"),
                    commune("11262", "Narbonne", 56_000, "11100"),
                    commune("11076", "Castelnaudary", 12_500, "11400"),
                    commune("11206", "Limoux", 10_000, "11300"),
                    commune("11203", "Lézignan-Corbières", 11_500, "11200"),
                    commune("11304", "Quillan", 3_100, "11500"),
                    commune("11185", "Lagrasse", 600, "11220"),
                    commune("11049", "Bram", 3_300, "11150")),
            departement("12", "Aveyron", 279_000,
                    List.of("de l'Aveyron", "du Rouergue", "de l'Aubrac", "du Larzac", "du Ségala"),
                    commune("12202", "Rodez", 24_500, "12000"),
                    commune("12145", "Millau", 21_700, "12100"),
                    commune("12300", "Villefranche-de-Rouergue", 11_800, "12200"),
                    commune("12089", "Decazeville", 5_300, "12300"),
                    commune("12176", "Onet-le-Château", 12_000, "12000", "12850"),
                    commune("12208", "Saint-Affrique", 8_300, "12400"),
                    commune("12096", "Espalion", 4_500, "12500"),
                    commune("12119", "Laguiole", 1_200, "12210")),
            departement("30", "Gard", 752_000,
                    List.of("du Gard", "des Cévennes", "de la Vaunage", "de la Petite Camargue", "de l'Uzège"),
                    city("30189", "Nîmes", 148_000, List.of("30000", "30900"),
                            "de l'Écusson", "de Pissevin", "de Valdegour", "du Mas de Mingue", "de Richelieu"),
                    commune("30007", "Alès", 43_000, "30100"),
                    commune("30028", "Bagnols-sur-Cèze", 18_000, "30200"),
                    commune("30032", "Beaucaire", 16_000, "30300"),
                    commune("30334", "Uzès", 8_500, "30700"),
                    commune("30341", "Vauvert", 12_000, "30600"),
                    commune("30350", "Le Vigan", 3_900, "30120"),
                    commune("30321", "Sommières", 5_000, "30250"),
                    commune("30263", "Saint-Hippolyte-du-Fort", 3_900, "30170")),
            departement("31", "Haute-Garonne", 1_415_000,
                    List.of("de la Haute-Garonne", "du Lauragais", "du Comminges", "du Volvestre", "du Frontonnais"),
                    city("31555", "Toulouse", 504_000, List.of("31000", "31100", "31200", "31300", "31400", "31500"),
                            "des Minimes", "de Saint-Cyprien", "des Carmes", "de Rangueil", "de Bagatelle",
                            "du Mirail", "de Borderouge", "des Izards", "de Lardenne", "de Purpan",
                            "de la Roseraie", "de Croix-Daurade", "des Sept Deniers", "de Saint-Michel", "d'Empalot"),
                    commune("31149", "Colomiers", 39_500, "31770"),
                    commune("31557", "Tournefeuille", 29_000, "31170"),
                    commune("31395", "Muret", 26_000, "31600"),
                    commune("31069", "Blagnac", 25_000, "31700"),
                    commune("31044", "Balma", 17_000, "31130"),
                    commune("31446", "Ramonville-Saint-Agne", 15_000, "31520"),
                    commune("31506", "Saint-Orens-de-Gameville", 12_000, "31650"),
                    commune("31483", "Saint-Gaudens", 11_000, "31800"),
                    commune("31451", "Revel", 9_700, "31250"),
                    commune("31582", "Villefranche-de-Lauragais", 4_600, "31290"),
                    commune("31107", "Carbonne", 6_300, "31390"),
                    commune("31135", "Cazères", 5_200, "31220"),
                    commune("31202", "Fronton", 6_900, "31620")),
            departement("32", "Gers", 192_000,
                    List.of("du Gers", "de Gascogne", "de l'Astarac", "de la Lomagne"),
                    commune("32013", "Auch", 22_500, "32000"),
                    commune("32107", "Condom", 6_500, "32100"),
                    commune("32132", "Fleurance", 6_200, "32500"),
                    commune("32160", "L'Isle-Jourdain", 9_000, "32600"),
                    commune("32256", "Mirande", 3_400, "32300"),
                    commune("32119", "Eauze", 4_000, "32800"),
                    commune("32462", "Vic-Fezensac", 3_600, "32190"),
                    commune("32208", "Lectoure", 3_700, "32700")),
            departement("34", "Hérault", 1_201_000,
                    List.of("de l'Hérault", "du Pic Saint-Loup", "du Biterrois", "du Bassin de Thau", "du Lodévois"),
                    city("34172", "Montpellier", 300_000, List.of("34000", "34070", "34080", "34090"),
                            "des Beaux-Arts", "d'Antigone", "de la Mosson", "des Arceaux", "de Port Marianne",
                            "de Figuerolles", "de Celleneuve", "de Boutonnet", "des Aubes"),
                    commune("34032", "Béziers", 79_000, "34500"),
                    commune("34301", "Sète", 44_000, "34200"),
                    commune("34003", "Agde", 29_000, "34300"),
                    commune("34145", "Lunel", 26_500, "34400"),
                    commune("34057", "Castelnau-le-Lez", 23_000, "34170"),
                    commune("34108", "Frontignan", 23_000, "34110"),
                    commune("34129", "Lattes", 17_000, "34970"),
                    commune("34199", "Pézenas", 8_600, "34120"),
                    commune("34079", "Clermont-l'Hérault", 9_000, "34800"),
                    commune("34142", "Lodève", 7_600, "34700"),
                    commune("34245", "Saint-Chinian", 1_700, "34360")),
            departement("46", "Lot", 174_000,
                    List.of("du Lot", "du Quercy", "de la Bouriane", "de la Vallée du Lot"),
                    commune("46042", "Cahors", 19_500, "46000"),
                    commune("46102", "Figeac", 9_800, "46100"),
                    commune("46127", "Gourdon", 4_200, "46300"),
                    commune("46309", "Souillac", 3_500, "46200"),
                    commune("46128", "Gramat", 3_600, "46500"),
                    commune("46251", "Saint-Céré", 3_400, "46400"),
                    commune("46231", "Puy-l'Évêque", 2_000, "46700")),
            departement("48", "Lozère", 76_000,
                    List.of("de la Lozère", "de la Margeride", "des Causses", "du Gévaudan"),
                    commune("48095", "Mende", 12_500, "48000"),
                    commune("48092", "Marvejols", 4_900, "48100"),
                    commune("48080", "Langogne", 2_900, "48300"),
                    commune("48061", "Florac Trois Rivières", 2_000, "48400"),
                    commune("48140", "Saint-Chély-d'Apcher", 4_100, "48200"),
                    commune("48034", "La Canourgue", 2_100, "48500"),
                    commune("48096", "Meyrueis", 800, "48150")),
            departement("65", "Hautes-Pyrénées", 230_000,
                    List.of("des Hautes-Pyrénées", "de la Bigorre", "du Lavedan", "des Baronnies"),
                    commune("65440", "Tarbes", 42_000, "65000"),
                    commune("65286", "Lourdes", 13_000, "65100"),
                    commune("65059", "Bagnères-de-Bigorre", 7_300, "65200"),
                    commune("65304", "Maubourguet", 2_400, "65700"),
                    commune("65460", "Vic-en-Bigorre", 4_800, "65500"),
                    commune("65258", "Lannemezan", 5_700, "65300"),
                    commune("65025", "Argelès-Gazost", 2_900, "65400")),
            departement("66", "Pyrénées-Orientales", 482_000,
                    List.of("du Roussillon", "de la Cerdagne", "du Conflent", "du Vallespir",
                            "des Pyrénées-Orientales"),
                    city("66136", "Perpignan", 120_000, List.of("66000", "66100"),
                            "de Saint-Jacques", "du Vernet", "du Moulin à Vent", "de Saint-Assiscle"),
                    commune("66037", "Canet-en-Roussillon", 13_000, "66140"),
                    commune("66172", "Saint-Estève", 12_000, "66240"),
                    commune("66008", "Argelès-sur-Mer", 10_700, "66700"),
                    commune("66049", "Céret", 7_800, "66400"),
                    commune("66149", "Prades", 6_200, "66500"),
                    commune("66210", "Thuir", 7_900, "66300"),
                    commune("66164", "Rivesaltes", 8_800, "66600"),
                    commune("66088", "Ille-sur-Têt", 5_400, "66130")),
            departement("81", "Tarn", 392_000,
                    List.of("du Tarn", "de l'Albigeois", "du Pays de Cocagne", "de la Montagne Noire", "du Gaillacois"),
                    commune("81004", "Albi", 49_000, "81000"),
                    commune("81065", "Castres", 42_000, "81100"),
                    commune("81099", "Gaillac", 15_600, "81600"),
                    commune("81105", "Graulhet", 12_200, "81300"),
                    commune("81140", "Lavaur", 11_000, "81500"),
                    commune("81163", "Mazamet", 10_000, "81200"),
                    commune("81060", "Carmaux", 9_500, "81400"),
                    commune("81222", "Réalmont", 3_400, "81120"),
                    commune("81069", "Cordes-sur-Ciel", 1_000, "81170")),
            departement("82", "Tarn-et-Garonne", 262_000,
                    List.of("du Tarn-et-Garonne", "du Quercy", "de la Lomagne", "du Pays Montalbanais"),
                    commune("82121", "Montauban", 61_000, "82000"),
                    commune("82033", "Castelsarrasin", 14_000, "82100"),
                    commune("82112", "Moissac", 12_800, "82200"),
                    commune("82037", "Caussade", 7_000, "82300"),
                    commune("82075", "Grisolles", 4_100, "82170"),
                    commune("82186", "Valence", 5_100, "82400"),
                    commune("82134", "Nègrepelisse", 6_000, "82800"),
                    commune("82013", "Beaumont-de-Lomagne", 3_900, "82500")));

    private static final Weighted<Departement> BY_POPULATION = byPopulation();

    private Occitanie() {
    }

    static Departement departement(Random random) {
        return BY_POPULATION.pick(random);
    }

    private static Departement departement(String code, String name, double population, List<String> areas,
            Commune... communes) {
        Weighted.Builder<Commune> weighted = Weighted.builder();
        for (Commune commune : communes) {
            weighted.add(commune, commune.population());
        }
        List<Commune> rural = Stream.of(communes).filter(c -> c.population() < RURAL_POPULATION).toList();
        return new Departement(code, name, population, weighted.build(), rural, areas);
    }

    private static Commune commune(String code, String name, double population, String... postcodes) {
        return new Commune(code, name, population, List.of(postcodes), List.of());
    }

    private static Commune city(String code, String name, double population, List<String> postcodes,
            String... quarters) {
        return new Commune(code, name, population, postcodes, List.of(quarters));
    }

    private static Weighted<Departement> byPopulation() {
        Weighted.Builder<Departement> weighted = Weighted.builder();
        DEPARTEMENTS.forEach(departement -> weighted.add(departement, departement.population()));
        return weighted.build();
    }
}
