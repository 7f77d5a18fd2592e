package org.essor.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.essor.kernel.Luhn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    /** Valid only by La Poste's rule: digit sum 45, Luhn sum 48. */
    private static final String LA_POSTE_OFFICE = "35600000049837";
    /** One digit off: digit sum 46, fails both checks. */
    private static final String LA_POSTE_TYPO = "35600000049838";

    @Test
    void acceptsSiretWhoseLuhnCheckIsRight() {
        Siret siret = Siret.parse("73282932000074");

        assertThat(siret.value()).isEqualTo("73282932000074");
        assertThat(siret.siren()).isEqualTo(new Siren("732829320"));
        assertThat(siret.nic()).isEqualTo("00074");
    }

    @ParameterizedTest
    @ValueSource(strings = {"732 829 320 00074", " 732.829.320.00074 ", "732 829 320\u00A000074"})
    void readsSiretTypedWithSpacesOrDots(String typed) {
        assertThat(Siret.parse(typed)).hasToString("73282932000074");
    }

    @Test
    void rejectsSiretWithAWrongCheckDigit() {
        assertThatThrownBy(() -> Siret.parse("73282932000075"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("check digit")
                .extracting(e -> ((InvalidIdentifierException) e).field()).isEqualTo("siret");
    }

    @Test
    void acceptsLaPosteSiretWhoseDigitSumIsAMultipleOfFive() {
        assertThat(Luhn.isValid(LA_POSTE_OFFICE)).as("precondition: fails Luhn").isFalse();

        Siret siret = Siret.parse(LA_POSTE_OFFICE);

        assertThat(siret.siren()).isEqualTo(new Siren("356000000"));
        assertThat(siret.nic()).isEqualTo("49837");
    }

    @Test
    void rejectsLaPosteSiretWhoseDigitSumIsNotAMultipleOfFive() {
        assertThat(Luhn.isValid(LA_POSTE_TYPO)).as("precondition: fails Luhn").isFalse();

        assertThatThrownBy(() -> Siret.parse(LA_POSTE_TYPO))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("La Poste")
                .hasMessageContaining("multiple of 5");
    }

    @Test
    void acceptsLaPosteHeadOfficeWhichPassesLuhnButNotTheDigitSum() {
        assertThat(Siret.parse("35600000000048").nic()).isEqualTo("00048");
    }

    @Test
    void rejectsSiretWhoseFirstNineDigitsAreNoSirenEvenIfTheWholePassesLuhn() {
        String payload = "552081318" + "0001";
        String siret = payload + Luhn.checkDigit(payload);

        assertThatThrownBy(() -> Siret.parse(siret))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("not a valid SIREN");
    }

    @Test
    void rejectsASirenGivenAsSiret() {
        assertThatThrownBy(() -> Siret.parse("552081317"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("14 digits")
                .hasMessageContaining("has 9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7328293200007A", "MONACOCONFO001"})
    void rejectsSiretWithLetters(String typed) {
        assertThatThrownBy(() -> Siret.parse(typed))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("only digits");
    }
}
