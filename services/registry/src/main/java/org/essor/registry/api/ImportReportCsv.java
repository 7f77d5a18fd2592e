package org.essor.registry.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.essor.registry.app.imports.ImportLineResult;

/**
 * The outcome of an import's lines as a CSV file for a spreadsheet. Its cells carry what the imported file said (an
 * unreadable SIREN is reported as it was written), so none of them may start like a formula the spreadsheet would run.
 */
final class ImportReportCsv {

    static final String MEDIA_TYPE = "text/csv";
    static final List<String> HEADER = List.of("line", "outcome", "siren", "siret", "enterpriseId", "reason");

    /** What a spreadsheet reads as the start of a formula (OWASP, CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private ImportReportCsv() {
    }

    static String of(List<ImportLineResult> lines) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord(HEADER);
            for (ImportLineResult line : lines) {
                printer.printRecord(Stream.of(line.line(), line.outcome(), line.siren(), line.siret(), line.enterpriseId(),
                        line.reason()).map(value -> value == null ? null : neutralised(value.toString())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    /** A cell that would start a formula gets a leading single quote, which spreadsheets show as text. */
    static String neutralised(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
