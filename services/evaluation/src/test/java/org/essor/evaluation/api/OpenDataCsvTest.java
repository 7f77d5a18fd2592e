package org.essor.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class OpenDataCsvTest {

    private static final List<String> HEADER = List.of("departement", "label", "amount");

    @Test
    void writesAHeaderThenTheRowsWithCrlfLineEnds() {
        String csv = OpenDataCsv.write(HEADER, List.of(
                List.of("09", "Ariège", "1234"),
                List.of("34", "Hérault", "0.25")), ',');

        assertThat(csv).isEqualTo("departement,label,amount\r\n09,Ariège,1234\r\n34,Hérault,0.25\r\n");
    }

    @Test
    void keepsAccentsAsUtf8WithoutAByteOrderMark() {
        String csv = OpenDataCsv.write(HEADER, List.of(List.of("34", "Hérault", "1")), ';');

        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        assertThat(csv).doesNotStartWith("\uFEFF").contains("Hérault");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(csv);
        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo("dep".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void quotesAValueContainingTheSeparatorInUse() {
        List<List<String>> rows = List.of(List.of("31", "Toulouse; Haute-Garonne", "12,5"));

        assertThat(OpenDataCsv.write(HEADER, rows, ';'))
                .isEqualTo("departement;label;amount\r\n31;\"Toulouse; Haute-Garonne\";12,5\r\n");
        assertThat(OpenDataCsv.write(HEADER, rows, ','))
                .isEqualTo("departement,label,amount\r\n31,Toulouse; Haute-Garonne,\"12,5\"\r\n");
    }

    @Test
    void quotesValuesWithQuotesOrLineBreaks() {
        String csv = OpenDataCsv.write(HEADER, List.of(List.of("48", "La \"Coop\"\r\nde Lozère", "1")), ',');

        assertThat(csv).isEqualTo("departement,label,amount\r\n48,\"La \"\"Coop\"\"\r\nde Lozère\",1\r\n");
    }

    @Test
    void neutralisesCellsThatWouldStartAFormula() {
        String csv = OpenDataCsv.write(HEADER, List.of(
                List.of("=HYPERLINK(\"x\")", "@SUM(A1)", "+33"),
                List.of("-2+3+cmd|'/C calc'!A0", "\t=1", "-")), ',');

        assertThat(csv).isEqualTo("departement,label,amount\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",'@SUM(A1),'+33\r\n"
                + "'-2+3+cmd|'/C calc'!A0,'\t=1,'-\r\n");
    }

    @Test
    void leavesPlainNumbersAndOtherTextAsTheyAre() {
        List<String> cells = List.of("-12.5", "1234", "0.25", "-3", "a=b", "'=1");

        String csv = OpenDataCsv.write(cells, List.of(), ',');

        assertThat(csv).isEqualTo("-12.5,1234,0.25,-3,a=b,'=1\r\n");
    }

    @Test
    void writesNullAsAnEmptyCell() {
        String csv = OpenDataCsv.write(HEADER, List.of(Arrays.asList("11", null, "7")), ',');

        assertThat(csv).isEqualTo("departement,label,amount\r\n11,,7\r\n");
    }

    @Test
    void readsBackAsTheSameValuesWithEitherSeparator() throws IOException {
        List<List<String>> rows = List.of(
                List.of("09", "Ariège", "-12.5"),
                List.of("31", "Toulouse; Haute-Garonne, Occitanie", "1234"),
                List.of("34", "=HYPERLINK(\"x\")", "+33"),
                List.of("46", "@SUM(A1)", "0.25"),
                List.of("48", "ligne 1\r\nligne 2 \"citée\"", "0"),
                Arrays.asList("65", null, ""));
        List<List<String>> expected = List.of(
                List.of("09", "Ariège", "-12.5"),
                List.of("31", "Toulouse; Haute-Garonne, Occitanie", "1234"),
                List.of("34", "'=HYPERLINK(\"x\")", "'+33"),
                List.of("46", "'@SUM(A1)", "0.25"),
                List.of("48", "ligne 1\r\nligne 2 \"citée\"", "0"),
                List.of("65", "", ""));

        for (char separator : new char[] {',', ';'}) {
            String csv = OpenDataCsv.write(HEADER, rows, separator);

            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).get();
            try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
                List<List<String>> read = parser.getRecords().stream().map(CSVRecord::toList).toList();
                assertThat(read.get(0)).as("header, separator %s", separator).isEqualTo(HEADER);
                assertThat(read.subList(1, read.size())).as("rows, separator %s", separator).isEqualTo(expected);
            }
        }
    }

    @Test
    void refusesAnotherSeparatorOrARowNotMatchingTheHeader() {
        assertThatThrownBy(() -> OpenDataCsv.write(HEADER, List.of(), '\t'))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpenDataCsv.write(HEADER, List.of(List.of("09", "Ariège")), ','))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 cells");
    }
}
