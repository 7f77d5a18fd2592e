package org.essor.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NafNomenclatureTest {

    @Test
    void theRev2ListHoldsItsSevenHundredAndThirtyTwoSousClasses() {
        assertThat(NafNomenclature.rev2Size()).isEqualTo(732);
    }

    @ParameterizedTest
    @ValueSource(strings = {"88.99B", "94.99Z", "38.32Z", "01.11Z", "99.00Z"})
    void aSousClasseOfTheNafIsKnown(String code) {
        assertThat(NafNomenclature.contains(NafCode.parse(code, NafVersion.NAF_REV2))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"88.99C", "99.99Z", "12.34A", "00.00Z"})
    void aCodeOfTheRightFormThatTheNafDoesNotHaveIsUnknown(String code) {
        assertThat(NafNomenclature.contains(NafCode.parse(code, NafVersion.NAF_REV2))).isFalse();
    }

    @Test
    void naf2025CodesAreCheckedByTheirFormOnlyUntilItsListIsShipped() {
        assertThat(NafNomenclature.contains(NafCode.parse("12.34A", NafVersion.NAF_2025))).isTrue();
    }
}
