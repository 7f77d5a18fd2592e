package org.essor.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadcountBracketTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "NN", "00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51", "52", "53"})
    void findsEveryInseeCode(String code) {
        assertThat(HeadcountBracket.ofCode(code).code()).isEqualTo(code);
    }

    @Test
    void oneOrTwoEmployeesIsBracket01() {
        HeadcountBracket bracket = HeadcountBracket.ofCode("01");

        assertThat(bracket).isEqualTo(HeadcountBracket.FROM_1_TO_2);
        assertThat(bracket.minEmployees()).isEqualTo(1);
        assertThat(bracket.maxEmployees()).isEqualTo(2);
        assertThat(bracket.label()).isEqualTo("1 ou 2 salariés");
    }

    @Test
    void unknownHeadcountHasNoBounds() {
        HeadcountBracket bracket = HeadcountBracket.ofCode("NN");

        assertThat(bracket.minEmployees()).isNull();
        assertThat(bracket.maxEmployees()).isNull();
    }

    @Test
    void largestBracketIsOpenEnded() {
        assertThat(HeadcountBracket.ofCode("53").minEmployees()).isEqualTo(10_000);
        assertThat(HeadcountBracket.ofCode("53").maxEmployees()).isNull();
    }

    @Test
    void bracketsFollowEachOtherWithoutGapsFromZero() {
        HeadcountBracket[] brackets = HeadcountBracket.values();
        for (int i = 2; i < brackets.length; i++) {
            assertThat(brackets[i].minEmployees()).as(brackets[i].code()).isEqualTo(brackets[i - 1].maxEmployees() + 1);
        }
    }

    @Test
    void readsLowerCaseAndSpacedCodes() {
        assertThat(HeadcountBracket.ofCode(" nn ")).isEqualTo(HeadcountBracket.NONE_OR_UNKNOWN);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"04", "1", "10", "XX", "010"})
    void rejectsUnknownCodes(String code) {
        assertThatThrownBy(() -> HeadcountBracket.ofCode(code))
                .isInstanceOf(InvalidIdentifierException.class)
                .extracting(e -> ((InvalidIdentifierException) e).field()).isEqualTo("headcountBracket");
    }
}
