package org.essor.registry.demo;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.essor.registry.demo.LegalForms.Activity;
import org.essor.registry.demo.LegalForms.Category;
import org.essor.registry.demo.Occitanie.Commune;
import org.essor.registry.demo.Occitanie.Departement;
import org.essor.registry.domain.LegalFamily;
import org.essor.registry.domain.Sector;

/** Builds the enterprises of one generation, all drawn from one seeded random in a fixed order. */
final class EnterpriseFactory {

    /** The law of 1 July 1901 on associations; nothing in the demo is older. */
    static final LocalDate EARLIEST_CREATION = LocalDate.of(1901, 7, 1);

    private static final Weighted<Integer> ESTABLISHMENT_COUNT = Weighted.<Integer>builder()
            .add(1, 76).add(2, 17).add(3, 7).build();

    // Skewed to small: most ESS employers have fewer than 10 employees.
    private static final Weighted<String> HEADCOUNT = Weighted.<String>builder()
            .add("NN", 22).add("00", 6).add("01", 20).add("02", 15).add("03", 11)
            .add("11", 10).add("12", 8).add("21", 4).add("22", 2).add("31", 0.6)
            .add("32", 0.7).add("41", 0.4).add("42", 0.15).add("51", 0.07).add("52", 0.02).add("53", 0.01)
            .build();

    private static final double RNA_ONLY = 0.05;
    private static final double RNA_AND_SIREN = 0.80;
    private static final int NAME_ATTEMPTS = 6;
    private static final Sector[] SECTORS = Sector.values();

    private final Random random;
    private final Year lastYear;
    private final UniqueIdentifiers identifiers;
    private final Set<String> names = new HashSet<>();

    EnterpriseFactory(Random random, Year lastYear) {
        this.random = random;
        this.lastYear = lastYear;
        this.identifiers = new UniqueIdentifiers(random);
    }

    DemoEnterprise enterprise(LegalFamily family) {
        Category category = LegalForms.category(family, random);
        Activity activity = category.activities().pick(random);
        Departement departement = Occitanie.departement(random);
        Commune headOffice = activity.rural()
                ? departement.ruralCommunes().get(random.nextInt(departement.ruralCommunes().size()))
                : departement.communes().pick(random);
        String name = name(family, activity, departement, headOffice);
        LocalDate creationDate = creationDate();
        List<Sector> sectors = sectors(activity);

        String siren = null;
        String rna = null;
        if (family == LegalFamily.ASSOCIATION) {
            double roll = random.nextDouble();
            if (roll < RNA_ONLY + RNA_AND_SIREN) {
                rna = identifiers.rna(departement.code());
            }
            if (roll >= RNA_ONLY) {
                siren = identifiers.siren();
            }
        } else {
            siren = identifiers.siren();
        }
        // Employing staff takes a SIRET, so an association known only by its RNA has no employee.
        String headcount = siren == null ? "NN" : HEADCOUNT.pick(random);
        List<DemoEstablishment> establishments = siren == null
                ? List.of(establishment(null, true, headOffice))
                : establishments(siren, departement, headOffice);
        return new DemoEnterprise(siren, rna, name, category.code(), creationDate, activity.nafCode(), headcount,
                sectors, establishments);
    }

    private String name(LegalFamily family, Activity activity, Departement departement, Commune headOffice) {
        String name = null;
        for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
            String pattern = activity.names().get(random.nextInt(activity.names().size()));
            name = Names.of(pattern, place(family, departement, headOffice));
            if (names.add(name)) {
                return name;
            }
        }
        // Real registers have namesakes too ("Comité des Fêtes de ..."); past a few draws one is accepted.
        return name;
    }

    /** Where the name says the enterprise is: its commune, a quartier of a big city (associations), or its pays. */
    private String place(LegalFamily family, Departement departement, Commune headOffice) {
        int roll = random.nextInt(100);
        if (family == LegalFamily.ASSOCIATION && !headOffice.quarters().isEmpty() && roll < 50) {
            return headOffice.quarters().get(random.nextInt(headOffice.quarters().size()));
        }
        if (roll < 70) {
            return Names.ofCommune(headOffice.name());
        }
        return departement.areas().get(random.nextInt(departement.areas().size()));
    }

    private LocalDate creationDate() {
        int last = lastYear.getValue();
        int year;
        if (random.nextInt(100) < 15) {
            year = EARLIEST_CREATION.getYear() + random.nextInt(last - EARLIEST_CREATION.getYear() + 1);
        } else {
            // Most ESS enterprises alive today are recent: ages fall off exponentially, about 15 years on average.
            int age = (int) Math.floor(-Math.log(1 - random.nextDouble()) * 15);
            year = Math.max(EARLIEST_CREATION.getYear(), last - age);
        }
        LocalDate date = LocalDate.ofYearDay(year, 1 + random.nextInt(Year.of(year).length()));
        return date.isBefore(EARLIEST_CREATION) ? EARLIEST_CREATION.plusDays(random.nextInt(184)) : date;
    }

    private List<Sector> sectors(Activity activity) {
        if (activity.sectors().isEmpty()) {
            return random.nextBoolean() ? List.of() : List.of(SECTORS[random.nextInt(SECTORS.length)]);
        }
        if (random.nextInt(100) < 15) {
            return List.of();
        }
        List<Sector> candidates = new ArrayList<>(activity.sectors());
        Collections.shuffle(candidates, random);
        int count = candidates.size() >= 2 && random.nextInt(100) < 40 ? 2 : 1;
        return List.copyOf(candidates.subList(0, count));
    }

    private List<DemoEstablishment> establishments(String siren, Departement departement, Commune headOffice) {
        List<String> sirets = identifiers.sirets(siren, ESTABLISHMENT_COUNT.pick(random));
        List<DemoEstablishment> establishments = new ArrayList<>(sirets.size());
        establishments.add(establishment(sirets.get(0), true, headOffice));
        for (String siret : sirets.subList(1, sirets.size())) {
            // Secondary establishments are mostly near the head office.
            Departement where = random.nextInt(100) < 70 ? departement : Occitanie.departement(random);
            establishments.add(establishment(siret, false, where.communes().pick(random)));
        }
        return establishments;
    }

    private DemoEstablishment establishment(String siret, boolean headOffice, Commune commune) {
        String postcode = commune.postcodes().get(random.nextInt(commune.postcodes().size()));
        return new DemoEstablishment(siret, headOffice, Addresses.street(random), postcode, commune.name(),
                commune.code());
    }
}
