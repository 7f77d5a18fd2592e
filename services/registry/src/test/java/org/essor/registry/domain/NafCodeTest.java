package org.essor.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NafCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"88.99B", "8899B", "88.99b", "8899b", " 88 99B "})
    void readsEveryUsualFormIntoTheCanonicalOne(String typed) {
        NafCode naf = NafCode.parse(typed, NafVersion.NAF_REV2);

        assertThat(naf.code()).isEqualTo("88.99B");
        assertThat(naf).hasToString("88.99B");
    }

    @Test
    void keepsTheNomenclatureVersion() {
        NafCode rev2 = NafCode.parse("94.99Z", NafVersion.NAF_REV2);
        NafCode naf2025 = NafCode.parse("94.99Z", NafVersion.NAF_2025);

        assertThat(naf2025.version()).isEqualTo(NafVersion.NAF_2025);
        assertThat(rev2).isNotEqualTo(naf2025);
    }

    @ParameterizedTest
    @ValueSource(strings = {"88.9B", "889B", "88.999", "8899", "88.99BB", "AB.CDE", "88,99B", "88-99B"})
    void rejectsWhatIsNotTwoDigitsDotTwoDigitsLetter(String typed) {
        assertThatThrownBy(() -> NafCode.parse(typed, NafVersion.NAF_REV2))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("e.g. 88.99B")
                .extracting(e -> ((InvalidIdentifierException) e).field()).isEqualTo("nafCode");
    }

    @Test
    void constructorAcceptsOnlyTheCanonicalForm() {
        assertThatThrownBy(() -> new NafCode("8899B", NafVersion.NAF_REV2))
                .isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> new NafCode("88.99b", NafVersion.NAF_REV2))
                .isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void divisionIsTheFirstTwoDigits() {
        assertThat(NafCode.parse("01.61Z", NafVersion.NAF_REV2).division()).isEqualTo("01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8", "88", "88.", "88.9", "889", "88.99", "8899", "88.99B", "88.99b"})
    void startsWithComparesOnTheCanonicalForm(String prefix) {
        assertThat(NafCode.parse("88.99B", NafVersion.NAF_REV2).startsWith(prefix)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"87", "88.1", "88.99A", "8899A"})
    void doesNotStartWithAnotherBranch(String prefix) {
        assertThat(NafCode.parse("88.99B", NafVersion.NAF_REV2).startsWith(prefix)).isFalse();
    }
}
