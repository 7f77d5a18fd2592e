package org.essor.registry.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * INSEE's nomenclature of catégories juridiques, level III ({@code reference/categories-juridiques.csv}, with its
 * source in the file), and the ESS family each category gives (plan A.1-A.2; law of 31 July 2014, art. 1):
 * <ul>
 * <li>association: every 92xx category (declared, undeclared, insertion associations, associations intermédiaires,
 * groupements d'employeurs, recognised of public utility, local law of Alsace-Moselle...);</li>
 * <li>foundation: 9300;</li>
 * <li>mutual: the mutuals of the code de la mutualité (8210, 8290), agricultural mutual insurers (8250) and insurance
 * companies of mutual form (6411);</li>
 * <li>cooperative: every category whose label says coopérative or coopératif, and the cooperative banks whose label
 * does not (sociétés de caution mutuelle 5191, crédit maritime mutuel 5193, crédit mutuel 5194 and 6595, caisses
 * d'épargne 6100, crédit agricole mutuel 6596): their members are their shareholders under the law of 10 September
 * 1947, and the A.2 table counts them among the "Coopératives"; the kind follows the label;</li>
 * <li>anything else of INSEE's level I 5, 6, 8 or 9: a commercial company, of the ESS only when it meets the law's
 * conditions.</li>
 * </ul>
 */
public final class LegalCategories {

    static final String RESOURCE = "reference/categories-juridiques.csv";

    /** What INSEE's nomenclature says of one category, and the family and cooperative kind it gives. */
    public record Entry(String code, String label, LegalFamily family, CooperativeKind cooperativeKind) {
    }

    private static final Set<String> MUTUALS = Set.of("8210", "8250", "8290", "6411");
    private static final Set<String> COOPERATIVE_BANKS_NOT_NAMED_SO = Set.of("5191", "5193", "5194", "6100", "6595", "6596");
    private static final Pattern COOPERATIVE = Pattern.compile("\\bcooperati(ve|f)s?\\b");

    private LegalCategories() {
    }

    /** The category with this code, if INSEE's nomenclature has it. */
    public static Optional<Entry> find(String code) {
        return Optional.ofNullable(Loaded.ENTRIES.get(code));
    }

    /** Every category of the nomenclature, in code order. */
    public static Map<String, Entry> all() {
        return Loaded.ENTRIES;
    }

    static Entry classify(String code, String label) {
        String words = plain(label);
        if (code.startsWith("92")) {
            return new Entry(code, label, LegalFamily.ASSOCIATION, null);
        }
        if (code.equals("9300")) {
            return new Entry(code, label, LegalFamily.FOUNDATION, null);
        }
        if (MUTUALS.contains(code)) {
            return new Entry(code, label, LegalFamily.MUTUAL, null);
        }
        if (COOPERATIVE.matcher(words).find() || COOPERATIVE_BANKS_NOT_NAMED_SO.contains(code)) {
            return new Entry(code, label, LegalFamily.COOPERATIVE, kind(code, words));
        }
        return new Entry(code, label, LegalFamily.COMMERCIAL_COMPANY, null);
    }

    /** The kind a cooperative category's label says; the first rule that matches wins. */
    private static CooperativeKind kind(String code, String words) {
        if (words.contains("(scop)")) {
            return CooperativeKind.SCOP;
        }
        if (words.contains("union de societes cooperatives agricoles")) {
            return CooperativeKind.AGRICULTURAL;
        }
        if (words.contains("union de societes cooperatives")) {
            return CooperativeKind.UNION;
        }
        if (COOPERATIVE_BANKS_NOT_NAMED_SO.contains(code) || words.contains("banque")
                || words.contains("caisse d'epargne")) {
            return CooperativeKind.BANKING;
        }
        if (words.contains("hlm")) {
            return CooperativeKind.HLM;
        }
        if (words.contains("materiel agricole")) {
            return CooperativeKind.CUMA;
        }
        if (words.contains("agricole")) {
            return CooperativeKind.AGRICULTURAL;
        }
        if (words.contains("consommation")) {
            return CooperativeKind.CONSUMER;
        }
        if (words.contains("commercants-detaillants")) {
            return CooperativeKind.RETAILERS;
        }
        if (words.contains("artisanale")) {
            return CooperativeKind.CRAFT;
        }
        if (words.contains("maritime")) {
            return CooperativeKind.MARITIME;
        }
        if (words.contains("transport")) {
            return CooperativeKind.TRANSPORT;
        }
        if (words.contains("construction")) {
            return CooperativeKind.CONSTRUCTION;
        }
        return CooperativeKind.OTHER;
    }

    private static String plain(String label) {
        return Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static final class Loaded {
        static final Map<String, Entry> ENTRIES = read();
    }

    private static Map<String, Entry> read() {
        InputStream in = LegalCategories.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The nomenclature " + RESOURCE + " is missing from the service");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord record : format.parse(reader)) {
                String code = record.get("code");
                entries.put(code, classify(code, record.get("label")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(entries);
    }
}
