package org.essor.registry.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** How the register's value objects are stored: as their canonical text. */
final class IdentifierConverters {

    private IdentifierConverters() {
    }

    @Converter(autoApply = true)
    static class SirenColumn implements AttributeConverter<Siren, String> {
        @Override
        public String convertToDatabaseColumn(Siren value) {
            return value == null ? null : value.value();
        }

        @Override
        public Siren convertToEntityAttribute(String column) {
            return column == null ? null : Siren.parse(column);
        }
    }

    @Converter(autoApply = true)
    static class SiretColumn implements AttributeConverter<Siret, String> {
        @Override
        public String convertToDatabaseColumn(Siret value) {
            return value == null ? null : value.value();
        }

        @Override
        public Siret convertToEntityAttribute(String column) {
            return column == null ? null : Siret.parse(column);
        }
    }

    @Converter(autoApply = true)
    static class RnaColumn implements AttributeConverter<Rna, String> {
        @Override
        public String convertToDatabaseColumn(Rna value) {
            return value == null ? null : value.value();
        }

        @Override
        public Rna convertToEntityAttribute(String column) {
            return column == null ? null : Rna.parse(column);
        }
    }

    @Converter(autoApply = true)
    static class LegalCategoryColumn implements AttributeConverter<LegalCategory, String> {
        @Override
        public String convertToDatabaseColumn(LegalCategory value) {
            return value == null ? null : value.code();
        }

        @Override
        public LegalCategory convertToEntityAttribute(String column) {
            return column == null ? null : LegalCategory.parse(column);
        }
    }

    @Converter(autoApply = true)
    static class CommuneColumn implements AttributeConverter<CommuneCode, String> {
        @Override
        public String convertToDatabaseColumn(CommuneCode value) {
            return value == null ? null : value.value();
        }

        @Override
        public CommuneCode convertToEntityAttribute(String column) {
            return column == null ? null : CommuneCode.parse(column);
        }
    }

    @Converter(autoApply = true)
    static class HeadcountColumn implements AttributeConverter<HeadcountBracket, String> {
        @Override
        public String convertToDatabaseColumn(HeadcountBracket value) {
            return value == null ? null : value.code();
        }

        @Override
        public HeadcountBracket convertToEntityAttribute(String column) {
            return column == null ? null : HeadcountBracket.ofCode(column);
        }
    }
}
