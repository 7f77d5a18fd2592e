package org.essor.registry.demo;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The registry's import file: one line per establishment, columns named as in the annuaire des entreprises. */
final class ImportCsvWriter {

    static final String HEADER = "siren,siret,nom_complet,categorie_juridique,activite_principale,"
            + "tranche_effectif_salarie,code_commune,identifiant_association,est_ess,date_creation";
    // RFC 4180 ends records with CRLF.
    static final String LINE_END = "\r\n";

    private ImportCsvWriter() {
    }

    static void write(List<DemoEnterprise> enterprises, Writer out) throws IOException {
        out.write(HEADER);
        out.write(LINE_END);
        for (DemoEnterprise enterprise : enterprises) {
            for (DemoEstablishment establishment : enterprise.establishments()) {
                writeLine(out, enterprise, establishment);
            }
        }
        out.flush();
    }

    private static void writeLine(Writer out, DemoEnterprise enterprise, DemoEstablishment establishment)
            throws IOException {
        out.write(String.join(",",
                field(enterprise.siren()),
                field(establishment.siret()),
                field(enterprise.legalName()),
                field(enterprise.legalCategory()),
                field(enterprise.nafCode()),
                field(enterprise.headcountBracket()),
                field(establishment.communeCode()),
                field(enterprise.rna()),
                "O",
                enterprise.creationDate().toString()));
        out.write(LINE_END);
    }

    /** A value as an RFC 4180 field: quoted, with quotes doubled, when it holds a comma, a quote or a line break. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
