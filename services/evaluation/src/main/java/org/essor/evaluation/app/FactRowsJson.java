package org.essor.evaluation.app;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Facts as the JSON rows of {@link FactTable#upsertFromJson(String)}: per table, one array of objects named after the
 * columns, each fact once per generation. The facts of a batch are first merged per key, as the table would merge them,
 * since one statement cannot update a row twice. Dates and instants are written in ISO 8601, which PostgreSQL reads
 * into {@code date} and {@code timestamptz}.
 */
public final class FactRowsJson {

    private static final JsonFactory JSON = new JsonFactory();

    private FactRowsJson() {
    }

    /** Per table (in the order met), the JSON array of its merged facts in each of the generations. */
    public static Map<FactTable, String> of(Collection<FactRow> facts, List<Integer> generations) {
        Map<FactTable, Map<Object, FactRow>> merged = new LinkedHashMap<>();
        for (FactRow fact : facts) {
            merged.computeIfAbsent(fact.table(), table -> new LinkedHashMap<>()).merge(fact.key(), fact, FactRow::merge);
        }
        Map<FactTable, String> rows = new LinkedHashMap<>();
        merged.forEach((table, byKey) -> rows.put(table, array(table, byKey.values(), generations)));
        return rows;
    }

    private static String array(FactTable table, Collection<FactRow> facts, List<Integer> generations) {
        List<String> columns = table.columns();
        StringWriter text = new StringWriter(facts.size() * generations.size() * 64 * columns.size() / 4);
        try (JsonGenerator generator = JSON.createGenerator(text)) {
            generator.writeStartArray();
            for (int generation : generations) {
                for (FactRow fact : facts) {
                    Object[] values = fact.valuesIn(generation);
                    generator.writeStartObject();
                    for (int i = 0; i < values.length; i++) {
                        if (values[i] != null) {
                            generator.writeFieldName(columns.get(i));
                            write(generator, values[i]);
                        }
                    }
                    generator.writeEndObject();
                }
            }
            generator.writeEndArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return text.toString();
    }

    /** Strings, numbers and booleans as such; ids, dates and instants in their ISO text. */
    private static void write(JsonGenerator generator, Object value) throws IOException {
        if (value instanceof Integer number) {
            generator.writeNumber(number);
        } else if (value instanceof Long number) {
            generator.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            generator.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else {
            generator.writeString(value.toString());
        }
    }
}
