package org.essor.programmes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.essor.kernel.RuleViolationException;
import org.junit.jupiter.api.Test;

class SirenTest {

    @Test
    void aSirenHasNineDigitsAndAValidLuhnKey() {
        assertThat(Siren.checked("siren", "552081317")).isEqualTo("552081317");
        assertThat(Siren.checked("siren", "732829320")).isEqualTo("732829320");
        for (String wrong : new String[] {"552081318", "55208131", "5520813170", "55208131A", null}) {
            assertThatThrownBy(() -> Siren.checked("siren", wrong)).isInstanceOf(RuleViolationException.class);
        }
    }
}
