package org.essor.registry.app.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.essor.kernel.InvalidValueException;

/**
 * Reads an extract in the column names of the French public company extracts (one line per establishment):
 * {@code siren, siret, nom_complet | denomination, categorie_juridique, activite_principale,
 * tranche_effectif_salarie, code_commune, identifiant_association, est_ess}, and optionally {@link #OPTIONAL}:
 * {@code date_creation} (YYYY-MM-DD, the enterprise's creation date, which programmes' age rules need), {@code secteurs}
 * (the enterprise's sectors, codes of {@link org.essor.registry.domain.Sector} separated by {@code |}) and
 * {@code tranche_effectif_etablissement} (the line's establishment's own headcount bracket; {@code tranche_effectif_salarie}
 * is then the enterprise's). Comma or semicolon separated, UTF-8.
 */
public final class ImportCsv {

    static final List<String> REQUIRED = List.of("siren", "siret", "categorie_juridique", "activite_principale",
            "tranche_effectif_salarie", "code_commune", "identifiant_association", "est_ess");

    /** The optional columns: a file without them imports, and its import says which it lacks. */
    static final List<String> OPTIONAL = List.of("date_creation", "secteurs", "tranche_effectif_etablissement");

    private ImportCsv() {
    }

    /** The lines grouped by enterprise, in file order; a file without the expected header is a 400. */
    static List<List<ImportLine>> read(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        char delimiter = firstLine(text).contains(";") && !firstLine(text).contains(",") ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Set<String> header = parser.getHeaderMap().keySet();
            List<String> missing = REQUIRED.stream().filter(column -> !header.contains(column)).toList();
            if (!missing.isEmpty() || (!header.contains("nom_complet") && !header.contains("denomination"))) {
                throw new InvalidValueException("file", "the header lacks " + (missing.isEmpty() ? "nom_complet or denomination"
                        : String.join(", ", missing)) + "; expected " + String.join(",", REQUIRED) + ",nom_complet");
            }
            Map<String, List<ImportLine>> groups = new LinkedHashMap<>();
            int number = 0;
            long readUpTo = parser.getCurrentLineNumber();
            try {
                for (CSVRecord record : parser) {
                    ImportLine line = line(++number, record);
                    groups.computeIfAbsent(line.enterpriseKey(), key -> new ArrayList<>()).add(line);
                    readUpTo = parser.getCurrentLineNumber();
                }
            } catch (UncheckedIOException e) {
                throw new InvalidValueException("file", "line " + (readUpTo + 1) + ": " + unreadable(e));
            }
            return List.copyOf(groups.values());
        } catch (IOException e) {
            throw new InvalidValueException("file", "not a readable CSV file: " + e.getMessage());
        } catch (IllegalStateException | IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("file", "not a readable CSV file: " + e.getMessage());
        }
    }

    /** The optional columns the file's header lacks, in {@link #OPTIONAL}'s order. */
    static List<String> missingOptional(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String header = firstLine(text);
        char delimiter = header.contains(";") && !header.contains(",") ? ';' : ',';
        List<String> columns = java.util.Arrays.stream(header.split(String.valueOf(delimiter), -1))
                .map(column -> column.trim().replace("\"", "")).toList();
        return OPTIONAL.stream().filter(column -> !columns.contains(column)).toList();
    }

    /** Why the parser stopped, in the words of someone who edits CSV files. */
    private static String unreadable(UncheckedIOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted value is not closed (its opening \" runs to the end of the file)";
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return "characters follow a quoted value before the next separator";
        }
        return "not readable as CSV";
    }

    private static ImportLine line(int number, CSVRecord record) {
        String name = value(record, "nom_complet");
        if (name.isBlank()) {
            name = value(record, "denomination");
        }
        return new ImportLine(number, value(record, "siren"), value(record, "siret"), name,
                value(record, "categorie_juridique"), value(record, "activite_principale"),
                value(record, "nomenclature_activite_principale"), value(record, "tranche_effectif_salarie"),
                value(record, "code_commune"), value(record, "identifiant_association"), value(record, "est_ess"),
                value(record, "date_creation"), value(record, "secteurs"), value(record, "tranche_effectif_etablissement"));
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column).trim() : "";
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
