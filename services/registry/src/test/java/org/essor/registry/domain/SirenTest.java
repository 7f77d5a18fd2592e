package org.essor.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SirenTest {

    @Test
    void acceptsSirenWhoseLuhnCheckIsRight() {
        assertThat(Siren.parse("552081317").value()).isEqualTo("552081317");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            " 552081317 ", "552 081 317", "552.081.317", "552\u00A0081\u00A0317", "552\u202F081\u202F317"})
    void readsSirenTypedWithSpacesOrDots(String typed) {
        assertThat(Siren.parse(typed)).isEqualTo(new Siren("552081317"));
    }

    @Test
    void printsItsCanonicalValue() {
        assertThat(Siren.parse("552 081 317")).hasToString("552081317");
    }

    @Test
    void rejectsSirenWithAWrongCheckDigit() {
        assertThatThrownBy(() -> Siren.parse("552081318"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("check digit")
                .extracting(e -> ((InvalidIdentifierException) e).field()).isEqualTo("siren");
    }

    @ParameterizedTest
    @ValueSource(strings = {"55208131", "5520813170", "552081317552081317"})
    void rejectsSirenOfTheWrongLength(String typed) {
        assertThatThrownBy(() -> Siren.parse(typed))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("9 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"55208131A", "ABCDEFGHI", "552-081-317"})
    void rejectsSirenWithLetters(String typed) {
        assertThatThrownBy(() -> Siren.parse(typed))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("only digits");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsMissingSiren(String typed) {
        assertThatThrownBy(() -> Siren.parse(typed))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.field()).isEqualTo("siren");
                    assertThat(e.reason()).isEqualTo("SIREN is missing.");
                });
    }

    @Test
    void constructorAcceptsOnlyTheCanonicalForm() {
        assertThatThrownBy(() -> new Siren("552 081 317")).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void quotesOnlyTheStartOfALongInputInItsMessage() {
        String pasted = "5".repeat(500);
        assertThatThrownBy(() -> Siren.parse(pasted))
                .hasMessageContaining("5".repeat(40) + "…\"")
                .hasMessageNotContaining("5".repeat(41));
    }
}
