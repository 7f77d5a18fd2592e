package org.essor.contracts.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a JSON Schema (of an OpenAPI document or an event) says of a value, with its {@code $ref}s, {@code allOf} and
 * sibling keywords folded together: the types, format, enumeration, bounds, properties and required properties that
 * the compatibility rules compare.
 */
final class SchemaView {

    /** Resolves a {@code $ref} seen in {@code document} to the schema it names and the document that holds it. */
    interface Resolver {
        Located resolve(String ref, JsonNode document);
    }

    record Located(JsonNode schema, JsonNode document) {
    }

    Set<String> types;          // null: any type
    String format;
    Set<String> enumeration;    // null: any value
    Integer maxLength;
    Integer minLength;
    Double maximum;
    Double minimum;
    String pattern;
    final Map<String, List<Located>> properties = new LinkedHashMap<>();
    final Set<String> required = new LinkedHashSet<>();
    Located items;

    static SchemaView of(Located located, Resolver resolver) {
        return of(List.of(located), resolver);
    }

    /** The view of several schemas that all apply (a property declared by a referenced schema and beside the ref). */
    static SchemaView of(List<Located> all, Resolver resolver) {
        SchemaView view = new SchemaView();
        for (Located located : all) {
            view.fold(located.schema(), located.document(), resolver, 0);
        }
        return view;
    }

    private void fold(JsonNode schema, JsonNode document, Resolver resolver, int depth) {
        if (schema == null || !schema.isObject() || depth > 20) {
            return;
        }
        if (schema.hasNonNull("$ref")) {
            Located target = resolver.resolve(schema.get("$ref").asText(), document);
            fold(target.schema(), target.document(), resolver, depth + 1);
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                fold(part, document, resolver, depth + 1);
            }
        }
        if (schema.has("type")) {
            Set<String> declared = new LinkedHashSet<>();
            if (schema.get("type").isArray()) {
                schema.get("type").forEach(type -> declared.add(type.asText()));
            } else {
                declared.add(schema.get("type").asText());
            }
            if (types == null) {
                types = declared;
            } else {
                types.retainAll(declared);
            }
        }
        if (schema.hasNonNull("format")) {
            format = schema.get("format").asText();
        }
        if (schema.has("const")) {
            enumeration = new LinkedHashSet<>(Set.of(schema.get("const").toString()));
        }
        if (schema.has("enum")) {
            Set<String> values = new LinkedHashSet<>();
            schema.get("enum").forEach(value -> values.add(value.toString()));
            if (enumeration != null) {
                values.retainAll(enumeration);
            }
            enumeration = values;
        }
        maxLength = min(maxLength, intOrNull(schema, "maxLength"));
        minLength = max(minLength, intOrNull(schema, "minLength"));
        maximum = min(maximum, doubleOrNull(schema, "maximum"));
        minimum = max(minimum, doubleOrNull(schema, "minimum"));
        if (schema.hasNonNull("pattern")) {
            pattern = schema.get("pattern").asText();
        }
        if (schema.has("properties")) {
            schema.get("properties").properties().forEach(entry -> properties
                    .computeIfAbsent(entry.getKey(), name -> new ArrayList<>()).add(new Located(entry.getValue(), document)));
        }
        if (schema.has("required")) {
            schema.get("required").forEach(name -> required.add(name.asText()));
        }
        if (schema.has("items") && schema.get("items").isObject()) {
            items = new Located(schema.get("items"), document);
        }
    }

    boolean allowsNull() {
        return types == null || types.contains("null");
    }

    private static Integer intOrNull(JsonNode schema, String name) {
        return schema.hasNonNull(name) ? schema.get(name).asInt() : null;
    }

    private static Double doubleOrNull(JsonNode schema, String name) {
        return schema.hasNonNull(name) ? schema.get(name).asDouble() : null;
    }

    private static <T extends Comparable<T>> T min(T a, T b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    private static <T extends Comparable<T>> T max(T a, T b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }

    /** A resolver of local refs ({@code #/...}) and of files beside the document, loaded by name. */
    static Resolver resolver(Function<String, JsonNode> files) {
        return (ref, document) -> {
            int hash = ref.indexOf('#');
            String file = hash < 0 ? ref : ref.substring(0, hash);
            String pointer = hash < 0 ? "" : ref.substring(hash + 1);
            JsonNode target = document;
            if (!file.isEmpty()) {
                String name = file.substring(file.lastIndexOf('/') + 1);
                target = files.apply(name);
                if (target == null) {
                    throw new IllegalArgumentException("Unresolvable $ref " + ref);
                }
            }
            JsonNode schema = pointer.isEmpty() ? target : target.at(pointer);
            if (schema.isMissingNode()) {
                throw new IllegalArgumentException("Unresolvable $ref " + ref);
            }
            return new Located(schema, target);
        };
    }
}
