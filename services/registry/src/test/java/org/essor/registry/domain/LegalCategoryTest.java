package org.essor.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegalCategoryTest {

    @ParameterizedTest
    @ValueSource(strings = {"9210", "9220", "9221", "9222", "9223", "9230", "9240", "9260"})
    void anyCategoryStartingWith92IsAnAssociation(String code) {
        LegalCategory category = LegalCategory.parse(code);

        assertThat(category.family()).isEqualTo(LegalFamily.ASSOCIATION);
        assertThat(category.cooperativeKind()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "5458, SCOP", "5558, SCOP", "5658, SCOP",
            "5460, OTHER", "5560, OTHER", "5660, OTHER",
            "6317, AGRICULTURAL", "6316, CUMA", "6318, AGRICULTURAL",
            "5191, BANKING", "5192, BANKING", "5193, BANKING", "5194, BANKING", "5196, BANKING", "6595, BANKING",
            "5451, CONSUMER", "5553, CRAFT", "5655, TRANSPORT", "5547, HLM", "5647, HLM", "5459, UNION"})
    void cooperativeCategoriesSayTheirKind(String code, CooperativeKind kind) {
        LegalCategory category = LegalCategory.parse(code);

        assertThat(category.family()).isEqualTo(LegalFamily.COOPERATIVE);
        assertThat(category.cooperativeKind()).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8210", "8250", "8290", "6411"})
    void mutualCategoriesAreMutuals(String code) {
        assertThat(LegalCategory.parse(code).family()).isEqualTo(LegalFamily.MUTUAL);
    }

    @Test
    void category9300IsAFoundation() {
        assertThat(LegalCategory.parse("9300").family()).isEqualTo(LegalFamily.FOUNDATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5710", "5499", "5599", "6540", "8110", "9900", "5505"})
    void anyOtherCategoryIsACommercialCompany(String code) {
        LegalCategory category = LegalCategory.parse(code);

        assertThat(category.family()).isEqualTo(LegalFamily.COMMERCIAL_COMPANY);
        assertThat(category.cooperativeKind()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9299", "5720", "6999", "8999"})
    void codesThatInseeDoesNotHaveAreRefusedWithTheReason(String code) {
        assertThat(LegalCategory.parse(code).outsideTheEss()).get().asString()
                .isEqualTo(code + " is not a catégorie juridique of INSEE's nomenclature (level III)");
    }

    @Test
    void exposesInseesLabel() {
        assertThat(LegalCategory.parse("9223").label()).contains("Groupement d'employeurs");
        assertThat(LegalCategory.parse("9299").label()).isEmpty();
    }

    @Test
    void readsCategoryTypedWithSpaces() {
        assertThat(LegalCategory.parse(" 92 20 ")).isEqualTo(new LegalCategory("9220")).hasToString("9220");
    }

    @ParameterizedTest
    @ValueSource(strings = {"922", "92200", "92A0", "SAS"})
    void rejectsWhatIsNotFourDigits(String typed) {
        assertThatThrownBy(() -> LegalCategory.parse(typed))
                .isInstanceOf(InvalidIdentifierException.class)
                .extracting(e -> ((InvalidIdentifierException) e).field()).isEqualTo("legalCategory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000", "2110", "3120", "4110", "7210", "7389", "0000"})
    void unitsThatAreNotLegalPersonsOfPrivateLawAreOutsideTheEss(String code) {
        assertThat(LegalCategory.parse(code).outsideTheEss()).get().asString()
                .startsWith(code + " is ").contains("legal persons of private law");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5458", "5710", "6317", "6411", "8210", "9220", "9300"})
    void legalPersonsOfPrivateLawMayBeOfTheEss(String code) {
        assertThat(LegalCategory.parse(code).outsideTheEss()).isEmpty();
    }
}
