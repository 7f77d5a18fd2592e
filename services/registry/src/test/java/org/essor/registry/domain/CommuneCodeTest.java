package org.essor.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommuneCodeTest {

    @ParameterizedTest
    @CsvSource({
            "31555, 31",   // Toulouse
            "09122, 09",   // Foix
            "2A004, 2A",   // Ajaccio
            "2B033, 2B",   // Bastia
            "97411, 974",  // Saint-Denis (La Réunion)
            "97101, 971",  // Les Abymes (Guadeloupe)
            "75056, 75"})
    void knowsItsDepartement(String code, String departement) {
        assertThat(CommuneCode.parse(code).departementCode()).isEqualTo(departement);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2a004", " 2A 004 "})
    void readsCorsicanCodeInLowerCaseOrWithSpaces(String typed) {
        assertThat(CommuneCode.parse(typed)).hasToString("2A004");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3155", "315555", "2C004", "2A04", "2A0041", "AB123", "3A555", "31.55"})
    void rejectsWhatIsNotFiveDigitsOrACorsicanCode(String typed) {
        assertThatThrownBy(() -> CommuneCode.parse(typed))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("5 characters")
                .extracting(e -> ((InvalidIdentifierException) e).field()).isEqualTo("communeCode");
    }

    @Test
    void constructorAcceptsOnlyTheCanonicalForm() {
        assertThatThrownBy(() -> new CommuneCode("2a004")).isInstanceOf(InvalidIdentifierException.class);
    }
}
