package org.essor.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LuhnTest {

    @ParameterizedTest
    @ValueSource(strings = {"79927398713", "552081317", "73282932000074", "0"})
    void acceptsNumberWhoseCheckDigitIsRight(String digits) {
        assertThat(Luhn.isValid(digits)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"79927398710", "79927398813", "552081318", "562081317", "73282932000075"})
    void rejectsNumberWithOneDigitOff(String digits) {
        assertThat(Luhn.isValid(digits)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "55208131A", "552 081 317", "-552081317",
            "\u0665\u0665\u0662\u0660\u0668\u0661\u0663\u0661\u0667"}) // 552081317 in Arabic-Indic digits
    void rejectsAnythingButAsciiDigits(String text) {
        assertThat(Luhn.isValid(text)).isFalse();
    }

    @Test
    void computesTheCheckDigitOfKnownNumbers() {
        assertThat(Luhn.checkDigit("7992739871")).isEqualTo(3);
        assertThat(Luhn.checkDigit("55208131")).isEqualTo(7);
        assertThat(Luhn.checkDigit("7328293200007")).isEqualTo(4);
    }

    @Test
    void checkDigitMakesEveryPayloadValid() {
        for (int payload = 0; payload < 100_000; payload += 7) {
            String digits = String.format("%08d", payload);
            assertThat(Luhn.isValid(digits + Luhn.checkDigit(digits))).as(digits).isTrue();
        }
    }

    @Test
    void refusesToComputeACheckDigitOverNonDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> Luhn.checkDigit("5520813A"));
        assertThatIllegalArgumentException().isThrownBy(() -> Luhn.checkDigit(""));
    }
}
