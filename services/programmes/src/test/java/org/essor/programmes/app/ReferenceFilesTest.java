package org.essor.programmes.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.essor.programmes.domain.SchemeStatus;
import org.junit.jupiter.api.Test;

/** The reference files the service ships, read as the service reads them. */
class ReferenceFilesTest {

    @Test
    void everySchemeOfTheCatalogueHasAStatusTheServiceKnows() {
        List<ProgrammeCatalogue.Scheme> schemes = ProgrammeCatalogue.schemes();
        assertThat(schemes).extracting(scheme -> SchemeStatus.fromPlan(scheme.status()))
                .contains(SchemeStatus.EXISTING, SchemeStatus.EXPERIMENTAL, SchemeStatus.TO_BE_BUILT,
                        SchemeStatus.TO_BE_EXPERIMENTED, SchemeStatus.PLANNED);
        assertThat(schemes).filteredOn(ProgrammeCatalogue.Scheme::takesUnregisteredEnterprises)
                .extracting(ProgrammeCatalogue.Scheme::code)
                .containsExactlyInAnyOrder("YESS_ACADEMIE_ENTREPRISES", "URSCOP_TRANSMISSION_REPRISE_SCOP");
        assertThat(schemes).filteredOn(ProgrammeCatalogue.Scheme::takesPersons).extracting(ProgrammeCatalogue.Scheme::code)
                .contains("REALIS", "YESS_ACADEMIE", "FABRIQUE_A_INITIATIVES", "CATALIS", "ALTER_INCUB", "CAE_TEST_ACTIVITE")
                .doesNotContain("ALTER_VENTURE", "YESS_ACADEMIE_ENTREPRISES", "DLA");
    }

    @Test
    void theFinancingInstrumentsAreReadWithTheirQuotedFields() {
        List<FinancingInstruments.Instrument> instruments = FinancingInstruments.read();
        assertThat(instruments).hasSize(36).extracting(FinancingInstruments.Instrument::code).doesNotHaveDuplicates()
                .contains("PASS_OCCITANIE", "FRIS_MPDS", "GARANTIE_FRG");
        assertThat(instruments).filteredOn(i -> i.code().equals("CONTRAT_OCCITANIE")).singleElement()
                .satisfies(i -> {
                    assertThat(i.name()).isEqualTo("Contrat Occitanie (Expertise, Innovation, Croissance)");
                    assertThat(i.available()).isTrue();
                });
        assertThat(instruments).filteredOn(i -> !i.available()).extracting(FinancingInstruments.Instrument::code)
                .containsExactlyInAnyOrder("PASS_TSS", "CONTRAT_TSS", "FONDS_ESS");
        assertThat(FinancingInstruments.fields("a,\"b, \"\"c\"\"\",,d")).containsExactly("a", "b, \"c\"", "", "d");
    }
}
