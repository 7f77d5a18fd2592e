package org.essor.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CooperativeKindTest {

    private static final List<String> SOME_CATEGORIES = List.of(
            "5458", "5558", "5658", "5460", "5560", "5660", "6316", "6317", "9220", "8210", "9300", "5710", "5499");

    @ParameterizedTest
    @ValueSource(strings = {"5460", "5560", "5660"})
    void scicIsDeclarableOnOtherCooperativeCategories(String code) {
        assertThat(CooperativeKind.SCIC.declarableFor(new LegalCategory(code))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5458", "5558", "5658", "6316", "6317", "9220", "5710"})
    void scicIsNotDeclarableOnScopAgriculturalOrNonCooperativeCategories(String code) {
        assertThat(CooperativeKind.SCIC.declarableFor(new LegalCategory(code))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5458", "5558", "5658", "5460", "5560", "5660"})
    void caeIsDeclarableOnScopAndOtherCooperativeCategories(String code) {
        assertThat(CooperativeKind.CAE.declarableFor(new LegalCategory(code))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6316", "6317", "9220", "8210", "5710"})
    void caeIsNotDeclarableOnAgriculturalOrNonCooperativeCategories(String code) {
        assertThat(CooperativeKind.CAE.declarableFor(new LegalCategory(code))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"SCOP, 5458", "OTHER, 5560", "AGRICULTURAL, 6317", "CUMA, 6316"})
    void derivedKindsFitOnlyTheCategoriesTheyAreDerivedFrom(CooperativeKind kind, String ownCategory) {
        for (String code : SOME_CATEGORIES) {
            assertThat(kind.declarableFor(new LegalCategory(code)))
                    .as("%s on %s", kind, code)
                    .isEqualTo(new LegalCategory(code).cooperativeKind().filter(kind::equals).isPresent());
        }
        assertThat(kind.declarableFor(new LegalCategory(ownCategory))).isTrue();
    }

    @Test
    void scicAndCaeAreDeclaredSubtypesNeverDerivedFromACategory() {
        assertThat(CooperativeKind.SCIC.declaredSubtype()).isTrue();
        assertThat(CooperativeKind.CAE.declaredSubtype()).isTrue();
        assertThat(SOME_CATEGORIES).allSatisfy(code -> assertThat(new LegalCategory(code).cooperativeKind())
                .isNotIn(Optional.of(CooperativeKind.SCIC), Optional.of(CooperativeKind.CAE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SCOP", "CUMA", "AGRICULTURAL", "OTHER"})
    void categoryKindsAreNotDeclaredSubtypes(CooperativeKind kind) {
        assertThat(kind.declaredSubtype()).isFalse();
    }
}
