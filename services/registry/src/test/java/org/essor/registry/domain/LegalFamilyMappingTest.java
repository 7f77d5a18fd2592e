package org.essor.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every code of INSEE's nomenclature against the family and cooperative kind written down for it. */
class LegalFamilyMappingTest {

    record Expected(String code, String family, String cooperativeKind) {
        @Override
        public String toString() {
            return code + " → " + family + (cooperativeKind.isEmpty() ? "" : " " + cooperativeKind);
        }
    }

    static List<Expected> expected() throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(LegalFamilyMappingTest.class.getClassLoader()
                .getResourceAsStream("reference/legal-families-expected.csv")), StandardCharsets.UTF_8)) {
            List<Expected> rows = new ArrayList<>();
            for (CSVRecord record : format.parse(reader)) {
                rows.add(new Expected(record.get("code"), record.get("family"), record.get("cooperativeKind")));
            }
            return rows;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void eachCategoryGivesItsFamily(Expected expected) {
        LegalCategory category = new LegalCategory(expected.code());

        if (expected.family().equals("OUTSIDE")) {
            assertThat(category.outsideTheEss()).get().asString().contains("legal persons of private law");
            return;
        }
        assertThat(category.outsideTheEss()).isEmpty();
        assertThat(category.family()).isEqualTo(LegalFamily.valueOf(expected.family()));
        assertThat(category.cooperativeKind()).isEqualTo(expected.cooperativeKind().isEmpty() ? Optional.empty()
                : Optional.of(CooperativeKind.valueOf(expected.cooperativeKind())));
        assertThat(category.label()).get().asString().isNotBlank();
    }

    @Test
    void theExpectationsCoverTheWholeNomenclature() throws IOException {
        assertThat(expected()).extracting(Expected::code).containsExactlyElementsOf(LegalCategories.all().keySet());
        assertThat(LegalCategories.all()).hasSize(260);
    }
}
