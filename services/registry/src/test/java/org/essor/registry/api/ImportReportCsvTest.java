package org.essor.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.essor.registry.app.imports.ImportLineResult;
import org.essor.registry.app.imports.ImportOutcome;
import org.junit.jupiter.api.Test;

class ImportReportCsvTest {

    @Test
    void aCellThatWouldStartAFormulaIsQuotedAsText() {
        assertThat(List.of("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"))
                .allSatisfy(cell -> assertThat(ImportReportCsv.neutralised(cell)).isEqualTo("'" + cell));
    }

    @Test
    void otherCellsAreLeftAsTheyAre() {
        assertThat(List.of("", "552081317", "siren: a SIREN has 9 digits", "'=1", " =1", "a=b"))
                .allSatisfy(cell -> assertThat(ImportReportCsv.neutralised(cell)).isEqualTo(cell));
    }

    @Test
    void theReportHasALineOfCellsPerImportedLine() {
        UUID enterprise = UUID.fromString("3f1c2a9e-5b7d-4c1e-9a8f-2d6b0e4c7a15");
        String csv = ImportReportCsv.of(List.of(
                new ImportLineResult(1, ImportOutcome.CREATED, "552081317", "55208131700018", enterprise, null),
                new ImportLineResult(2, ImportOutcome.REJECTED, "=1+1", null, null, "siren: \"=1+1\", not 9 digits")));

        assertThat(csv).isEqualTo("line,outcome,siren,siret,enterpriseId,reason\r\n"
                + "1,CREATED,552081317,55208131700018,3f1c2a9e-5b7d-4c1e-9a8f-2d6b0e4c7a15,\r\n"
                + "2,REJECTED,'=1+1,,,\"siren: \"\"=1+1\"\", not 9 digits\"\r\n");
    }
}
