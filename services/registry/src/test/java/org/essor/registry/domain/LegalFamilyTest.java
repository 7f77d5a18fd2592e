package org.essor.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LegalFamilyTest {

    @ParameterizedTest
    @EnumSource(value = LegalFamily.class, names = {"ASSOCIATION", "COOPERATIVE", "MUTUAL", "FOUNDATION"})
    void theFourHistoricFamiliesAreEssByTheirStatutes(LegalFamily family) {
        assertThat(family.statutoryEss()).isTrue();
    }

    @Test
    void aCommercialCompanyIsNotEssByItsStatutes() {
        assertThat(LegalFamily.COMMERCIAL_COMPANY.statutoryEss()).isFalse();
    }
}
