package org.essor.evaluation.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A dataset as a CSV file for open-data portals. The file is opened by anyone in any spreadsheet, so no cell may start
 * like a formula the spreadsheet would run (OWASP, CSV injection); negative numbers are the exception, they must stay
 * numbers. ';' is offered beside ',' for the spreadsheets of French locales, which read ',' as the decimal mark.
 */
public final class OpenDataCsv {

    /** What a spreadsheet reads as the start of a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private OpenDataCsv() {
    }

    /**
     * The CSV text: a header line then the rows, CRLF line ends (RFC 4180), UTF-8 text (no BOM), the separator ','
     * or ';'. Null cells are empty. Text cells that a spreadsheet would read as a formula (starting with =, +, -, @,
     * tab or carriage return) are neutralised with a leading apostrophe, except cells that are plain numbers (e.g.
     * "-12.5", "1234", "0.25" — numbers are written by the caller as plain decimal strings with '.' as decimal mark).
     * Values containing the separator, quotes or line breaks are quoted.
     */
    public static String write(List<String> header, List<List<String>> rows, char separator) {
        if (separator != ',' && separator != ';') {
            throw new IllegalArgumentException("the separator is ',' or ';', not '" + separator + "'");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).get();
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, format)) {
            printer.printRecord(header.stream().map(OpenDataCsv::neutralised));
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException(
                            "a row of " + row.size() + " cells under a header of " + header.size() + ": " + row);
                }
                printer.printRecord(row.stream().map(OpenDataCsv::neutralised));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    /** A leading apostrophe makes spreadsheets show the cell as text. */
    private static String neutralised(String cell) {
        if (cell == null || cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
