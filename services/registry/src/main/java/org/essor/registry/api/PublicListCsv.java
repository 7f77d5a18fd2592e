package org.essor.registry.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The public list as a CSV file, its cells neutralised like the import report's (a name may start with "="). */
final class PublicListCsv {

    static final String MEDIA_TYPE = "text/csv";
    static final List<String> HEADER = List.of("id", "siren", "rna", "legalName", "legalCategory", "legalCategoryLabel",
            "legalFamily", "cooperativeKind", "nafCode", "nafVersion", "communeCode", "departementCode", "esusValid");

    private PublicListCsv() {
    }

    static String of(List<PublicEnterpriseView> enterprises) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord(HEADER);
            for (PublicEnterpriseView e : enterprises) {
                printer.printRecord(Stream.of(e.id(), e.siren(), e.rna(), e.legalName(), e.legalCategory(),
                                e.legalCategoryLabel(), e.legalFamily(), e.cooperativeKind(), e.nafCode(), e.nafVersion(),
                                e.communeCode(), e.departementCode(), e.esusValid())
                        .map(value -> value == null ? null : ImportReportCsv.neutralised(value.toString())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }
}
