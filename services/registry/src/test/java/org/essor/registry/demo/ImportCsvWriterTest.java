package org.essor.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.essor.registry.domain.Sector;
import org.junit.jupiter.api.Test;

class ImportCsvWriterTest {

    private static final String HEADER = "siren,siret,nom_complet,categorie_juridique,activite_principale,"
            + "tranche_effectif_salarie,code_commune,identifiant_association,est_ess,date_creation";

    @Test
    void startsWithTheImportHeader() throws IOException {
        assertThat(csv(List.of()).split("\r\n", -1)).containsExactly(HEADER, "");
    }

    @Test
    void writesOneLinePerEstablishment() throws IOException {
        DemoEnterprise scop = enterprise("SCOP Menuiserie de l'Aveyron", "5458", "552081317", null,
                establishment("55208131700010", true, "12202"),
                establishment("55208131700028", false, "12145"));

        assertThat(lines(csv(List.of(scop)))).containsExactly(
                HEADER,
                "552081317,55208131700010,SCOP Menuiserie de l'Aveyron,5458,43.32A,02,12202,,O,2012-05-03",
                "552081317,55208131700028,SCOP Menuiserie de l'Aveyron,5458,43.32A,02,12145,,O,2012-05-03");
    }

    @Test
    void writesAnAssociationWithoutSiretAsOneLineWithEmptySirenAndSiret() throws IOException {
        DemoEnterprise association = enterprise("Association Les Jardins du Lauragais", "9220", null, "W313001234",
                establishment(null, true, "31582"));

        assertThat(lines(csv(List.of(association)))).containsExactly(
                HEADER,
                ",,Association Les Jardins du Lauragais,9220,43.32A,02,31582,W313001234,O,2012-05-03");
    }

    @Test
    void quotesNamesWithCommasAndDoublesTheirQuotes() throws IOException {
        DemoEnterprise withComma = enterprise("Association Culture, Sport et Loisirs de Foix", "9220", null,
                "W091001234", establishment(null, true, "09122"));
        DemoEnterprise withQuotes = enterprise("Compagnie \"Les Tréteaux\" d'Albi", "9220", null,
                "W811001234", establishment(null, true, "81004"));

        List<String> lines = lines(csv(List.of(withComma, withQuotes)));

        assertThat(lines.get(1))
                .isEqualTo(",,\"Association Culture, Sport et Loisirs de Foix\",9220,43.32A,02,09122,W091001234,O,2012-05-03");
        assertThat(lines.get(2))
                .isEqualTo(",,\"Compagnie \"\"Les Tréteaux\"\" d'Albi\",9220,43.32A,02,81004,W811001234,O,2012-05-03");
    }

    @Test
    void quotesLineBreaksSoARecordStaysOneRecord() {
        assertThat(ImportCsvWriter.field("Ligne 1\nLigne 2")).isEqualTo("\"Ligne 1\nLigne 2\"");
        assertThat(ImportCsvWriter.field("L'Isle-Jourdain")).isEqualTo("L'Isle-Jourdain");
        assertThat(ImportCsvWriter.field(null)).isEmpty();
    }

    @Test
    void writesEveryGeneratedEstablishment() throws IOException {
        List<DemoEnterprise> enterprises = new DemoEnterprises(3).generate(300);
        long establishments = enterprises.stream().mapToLong(e -> e.establishments().size()).sum();

        List<String> lines = lines(csv(enterprises));

        assertThat(lines).hasSize(1 + (int) establishments);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).matches(".*,O,\\d{4}-\\d{2}-\\d{2}"));
    }

    private static String csv(List<DemoEnterprise> enterprises) throws IOException {
        StringWriter out = new StringWriter();
        DemoEnterprises.writeImportCsv(enterprises, out);
        return out.toString();
    }

    private static List<String> lines(String csv) {
        assertThat(csv).endsWith("\r\n");
        return List.of(csv.substring(0, csv.length() - 2).split("\r\n", -1));
    }

    private static DemoEnterprise enterprise(String name, String category, String siren, String rna,
            DemoEstablishment... establishments) {
        return new DemoEnterprise(siren, rna, name, category, LocalDate.of(2012, 5, 3), "43.32A", "02",
                List.of(Sector.CULTURE), List.of(establishments));
    }

    private static DemoEstablishment establishment(String siret, boolean headOffice, String communeCode) {
        return new DemoEstablishment(siret, headOffice, "3 rue Pasteur", "12000", "Rodez", communeCode);
    }
}
