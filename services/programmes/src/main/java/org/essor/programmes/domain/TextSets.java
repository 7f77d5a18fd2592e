package org.essor.programmes.domain;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Small sets of codes stored as comma-separated text. */
final class TextSets {

    private TextSets() {
    }

    @Converter
    static class Codes implements AttributeConverter<Set<String>, String> {
        @Override
        public String convertToDatabaseColumn(Set<String> codes) {
            return codes == null ? "" : String.join(",", new TreeSet<>(codes));
        }

        @Override
        public Set<String> convertToEntityAttribute(String column) {
            return column == null || column.isBlank() ? Set.of()
                    : Arrays.stream(column.split(",")).map(String::trim).collect(Collectors.toUnmodifiableSet());
        }
    }

    @Converter
    static class Stages implements AttributeConverter<Set<Stage>, String> {
        @Override
        public String convertToDatabaseColumn(Set<Stage> stages) {
            return stages == null ? "" : stages.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        }

        @Override
        public Set<Stage> convertToEntityAttribute(String column) {
            return column == null || column.isBlank() ? Set.of()
                    : Arrays.stream(column.split(",")).map(String::trim).map(Stage::valueOf).collect(Collectors.toUnmodifiableSet());
        }
    }
}
