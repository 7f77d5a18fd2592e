package org.essor.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RnaTest {

    @Test
    void acceptsMetropolitanRna() {
        assertThat(Rna.parse("W751234567").value()).isEqualTo("W751234567");
    }

    @Test
    void acceptsOverseasRnaWithALetterInThirdPlace() {
        assertThat(Rna.parse("W9P1002760")).hasToString("W9P1002760");
    }

    @ParameterizedTest
    @ValueSource(strings = {"w751234567", " W75 1234567 ", "w 313 012345"})
    void readsRnaTypedInLowerCaseOrWithSpaces(String typed) {
        assertThat(Rna.parse(typed).value()).matches("W[0-9]{9}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"X751234567", "W75123456", "W7512345678", "WP91002760", "W75123456A", "751234567"})
    void rejectsWhatIsNotWFollowedByNineCharacters(String typed) {
        assertThatThrownBy(() -> Rna.parse(typed))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("W followed by 9 characters")
                .extracting(e -> ((InvalidIdentifierException) e).field()).isEqualTo("rna");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsMissingRna(String typed) {
        assertThatThrownBy(() -> Rna.parse(typed)).isInstanceOfSatisfying(InvalidIdentifierException.class,
                e -> assertThat(e.reason()).isEqualTo("RNA number is missing."));
    }
}
