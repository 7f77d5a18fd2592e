package org.essor.registry.demo;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.essor.registry.domain.LegalFamily;

/** Made-up but plausible ESS enterprises of Occitanie for demos and load tests, the same ones for the same seed. */
public final class DemoEnterprises {

    /**
     * Shares of the ESS families among employer establishments in Occitanie: plan ESS Occitanie 2018-2021,
     * section A.2 ("L'ESS en Occitanie"), table by legal family, source Cress Occitanie / Insee Clap 2014.
     * As published they add up to 100.1 % (rounding), so they are used as relative weights.
     */
    static final Map<LegalFamily, Double> PLAN_2014_SHARES = plan2014Shares();

    private final long seed;
    private final Clock clock;

    public DemoEnterprises(long seed) {
        this(seed, Clock.systemDefaultZone());
    }

    /** With a fixed {@code clock} the output no longer changes on New Year's Day: creation dates end last year. */
    public DemoEnterprises(long seed, Clock clock) {
        this.seed = seed;
        this.clock = clock;
    }

    /** {@code count} enterprises with unique, valid identifiers; the same list for the same seed and year. */
    public List<DemoEnterprise> generate(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        Random random = new Random(seed);
        EnterpriseFactory factory = new EnterpriseFactory(random, Year.now(clock).minusYears(1));
        List<DemoEnterprise> enterprises = new ArrayList<>(count);
        for (LegalFamily family : families(count, random)) {
            enterprises.add(factory.enterprise(family));
        }
        return enterprises;
    }

    /** Writes the registry's import CSV: a header, then one line per establishment (one without SIRET if none). */
    public static void writeImportCsv(List<DemoEnterprise> enterprises, Writer out) throws IOException {
        ImportCsvWriter.write(enterprises, out);
    }

    /** Exactly the plan's proportions for any count (largest remainders), in a random order. */
    static List<LegalFamily> families(int count, Random random) {
        double total = PLAN_2014_SHARES.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<LegalFamily, Integer> quotas = new EnumMap<>(LegalFamily.class);
        Map<LegalFamily, Double> remainders = new EnumMap<>(LegalFamily.class);
        int allotted = 0;
        for (Map.Entry<LegalFamily, Double> share : PLAN_2014_SHARES.entrySet()) {
            double exact = count * share.getValue() / total;
            quotas.put(share.getKey(), (int) Math.floor(exact));
            remainders.put(share.getKey(), exact - Math.floor(exact));
            allotted += (int) Math.floor(exact);
        }
        List<LegalFamily> byRemainder = new ArrayList<>(PLAN_2014_SHARES.keySet());
        byRemainder.sort((a, b) -> Double.compare(remainders.get(b), remainders.get(a)));
        for (int i = 0; i < count - allotted; i++) {
            quotas.merge(byRemainder.get(i), 1, Integer::sum);
        }
        List<LegalFamily> families = new ArrayList<>(count);
        quotas.forEach((family, quota) -> families.addAll(Collections.nCopies(quota, family)));
        Collections.shuffle(families, random);
        return families;
    }

    private static Map<LegalFamily, Double> plan2014Shares() {
        Map<LegalFamily, Double> shares = new EnumMap<>(LegalFamily.class);
        shares.put(LegalFamily.ASSOCIATION, 82.6);
        shares.put(LegalFamily.COOPERATIVE, 13.0);
        shares.put(LegalFamily.MUTUAL, 4.2);
        shares.put(LegalFamily.FOUNDATION, 0.3);
        return Collections.unmodifiableMap(shares);
    }
}
