package org.essor.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.essor.kernel.InvalidValueException;
import org.junit.jupiter.api.Test;

class InvalidIdentifierExceptionTest {

    @Test
    void isAnInvalidValueSoTheWebLayerAnswers400WithTheField() {
        InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, () -> Siret.parse("123"));

        assertThat(refused).isInstanceOf(InvalidIdentifierException.class);
        assertThat(refused.field()).isEqualTo("siret");
        assertThat(refused.reason()).isEqualTo("A SIRET (SIREN + NIC) has 14 digits; \"123\" has 3.");
        assertThat(refused).hasMessage("siret: A SIRET (SIREN + NIC) has 14 digits; \"123\" has 3.");
    }
}
