package org.essor.contracts.compat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.essor.contracts.compat.SchemaView.Located;
import org.essor.contracts.compat.SchemaView.Resolver;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The changes to a contract that break its existing clients, found by comparing the released contract (the
 * baseline) with the current one. Clients read answers and events and write requests, so each schema is compared in
 * its direction:
 * <ul>
 * <li>requests (the client writes): a property or parameter removed or renamed, a type, format, enumeration or bound
 * narrowed, a new required property or parameter, a property or parameter that becomes required;</li>
 * <li>answers (the client reads): an operation or status removed, a property removed or renamed, a type widened or
 * changed, an enumeration value removed, a property that was always present becoming optional, a header removed;</li>
 * <li>events: both (CONVENTIONS: adding an optional field keeps the major version, anything else is a new major).</li>
 * </ul>
 * Adding operations, statuses, optional request fields, answer fields and enumeration values is compatible. A breaking
 * change is made by publishing a new major version beside the old one: a new {@code /api/v2/...} path or a new
 * {@code ....v2} event type, which the baseline does not know and so is only added.
 */
public final class Compatibility {

    /** Who writes the values of a schema. */
    enum Direction { REQUEST, ANSWER, EVENT }

    /** One breaking change: where in the contract, and what. */
    public record Break(String where, String what) {
        @Override
        public String toString() {
            return where + ": " + what;
        }
    }

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final List<Break> breaks = new ArrayList<>();
    private final Set<String> compared = new HashSet<>();
    private final Resolver baselineResolver;
    private final Resolver currentResolver;

    private Compatibility(Resolver baselineResolver, Resolver currentResolver) {
        this.baselineResolver = baselineResolver;
        this.currentResolver = currentResolver;
    }

    /** What breaks between two OpenAPI documents (as JSON trees). */
    public static List<Break> ofOpenApi(JsonNode baseline, JsonNode current) {
        Compatibility check = new Compatibility(SchemaView.resolver(name -> null), SchemaView.resolver(name -> null));
        check.openApi(baseline, current);
        return check.breaks;
    }

    /**
     * What breaks between two versions of an event schema; {@code baselineFiles} and {@code currentFiles} load the
     * schemas they refer to by file name.
     */
    public static List<Break> ofEventSchema(String type, JsonNode baseline, Function<String, JsonNode> baselineFiles,
                                            JsonNode current, Function<String, JsonNode> currentFiles) {
        Compatibility check = new Compatibility(SchemaView.resolver(baselineFiles), SchemaView.resolver(currentFiles));
        check.schema(type, new Located(baseline, baseline), new Located(current, current), Direction.EVENT);
        return check.breaks;
    }

    // --- OpenAPI ---------------------------------------------------------------------------------------------------

    private void openApi(JsonNode baseline, JsonNode current) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = baseline.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode before = path.getValue().get(method);
                if (before == null) {
                    continue;
                }
                String where = method.toUpperCase() + " " + path.getKey();
                JsonNode after = current.path("paths").path(path.getKey()).get(method);
                if (after == null) {
                    breaks.add(new Break(where, "operation removed"));
                    continue;
                }
                operation(where, before, baseline, after, current);
            }
        }
    }

    private void operation(String where, JsonNode before, JsonNode baseline, JsonNode after, JsonNode current) {
        List<JsonNode> oldParameters = parameters(before, baseline, baselineResolver);
        List<JsonNode> newParameters = parameters(after, current, currentResolver);
        for (JsonNode old : oldParameters) {
            String name = old.path("in").asText() + " parameter " + old.path("name").asText();
            JsonNode now = find(newParameters, old.path("in").asText(), old.path("name").asText());
            if (now == null) {
                breaks.add(new Break(where, name + " removed"));
                continue;
            }
            if (now.path("required").asBoolean() && !old.path("required").asBoolean()) {
                breaks.add(new Break(where, name + " became required"));
            }
            if (old.has("schema") && now.has("schema")) {
                schema(where + " " + name, new Located(old.get("schema"), baseline), new Located(now.get("schema"), current),
                        Direction.REQUEST);
            }
        }
        for (JsonNode now : newParameters) {
            if (now.path("required").asBoolean()
                    && find(oldParameters, now.path("in").asText(), now.path("name").asText()) == null) {
                breaks.add(new Break(where, "new required " + now.path("in").asText() + " parameter " + now.path("name").asText()));
            }
        }

        JsonNode oldBody = deref(before.get("requestBody"), baseline, baselineResolver);
        JsonNode newBody = deref(after.get("requestBody"), current, currentResolver);
        if (oldBody == null && newBody != null && newBody.path("required").asBoolean()) {
            breaks.add(new Break(where, "new required request body"));
        }
        if (oldBody != null) {
            content(where + " request", oldBody, baseline, newBody, current, Direction.REQUEST);
        }

        JsonNode newResponses = after.path("responses");
        for (Iterator<Map.Entry<String, JsonNode>> statuses = before.path("responses").fields(); statuses.hasNext(); ) {
            Map.Entry<String, JsonNode> status = statuses.next();
            JsonNode oldResponse = deref(status.getValue(), baseline, baselineResolver);
            JsonNode newResponse = deref(newResponses.get(status.getKey()), current, currentResolver);
            String answer = where + " answer " + status.getKey();
            if (newResponse == null) {
                breaks.add(new Break(where, "status " + status.getKey() + " removed"));
                continue;
            }
            for (Iterator<String> headers = oldResponse.path("headers").fieldNames(); headers.hasNext(); ) {
                String header = headers.next();
                if (!newResponse.path("headers").has(header)) {
                    breaks.add(new Break(answer, "header " + header + " removed"));
                }
            }
            content(answer, oldResponse, baseline, newResponse, current, Direction.ANSWER);
        }
    }

    private void content(String where, JsonNode before, JsonNode baseline, JsonNode after, JsonNode current,
                         Direction direction) {
        for (Iterator<Map.Entry<String, JsonNode>> media = before.path("content").fields(); media.hasNext(); ) {
            Map.Entry<String, JsonNode> type = media.next();
            JsonNode now = after == null ? null : after.path("content").get(type.getKey());
            if (now == null) {
                breaks.add(new Break(where, "media type " + type.getKey() + " removed"));
                continue;
            }
            if (type.getValue().has("schema") && now.has("schema")) {
                schema(where + " " + type.getKey(), new Located(type.getValue().get("schema"), baseline),
                        new Located(now.get("schema"), current), direction);
            }
        }
    }

    private static List<JsonNode> parameters(JsonNode operation, JsonNode document, Resolver resolver) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> parameters.add(deref(parameter, document, resolver)));
        return parameters;
    }

    private static JsonNode find(List<JsonNode> parameters, String in, String name) {
        return parameters.stream()
                .filter(p -> p.path("in").asText().equals(in) && p.path("name").asText().equalsIgnoreCase(name))
                .findFirst().orElse(null);
    }

    private static JsonNode deref(JsonNode node, JsonNode document, Resolver resolver) {
        int depth = 0;
        while (node != null && node.hasNonNull("$ref") && depth++ < 10) {
            node = resolver.resolve(node.get("$ref").asText(), document).schema();
        }
        return node;
    }

    // --- schemas ---------------------------------------------------------------------------------------------------

    private void schema(String where, Located before, Located after, Direction direction) {
        // a recursive schema is compared once per pair of places
        if (!compared.add(where + "|" + System.identityHashCode(before.schema()) + "|" + System.identityHashCode(after.schema()))) {
            return;
        }
        schema(where, SchemaView.of(before, baselineResolver), SchemaView.of(after, currentResolver), direction);
    }

    private void schema(String where, SchemaView old, SchemaView now, Direction direction) {
        boolean writes = direction != Direction.ANSWER;
        boolean reads = direction != Direction.REQUEST;

        if (writes && !accepts(now.types, old.types)) {
            breaks.add(new Break(where, "type narrowed from " + old.types + " to " + now.types));
        } else if (reads && !accepts(old.types, now.types)) {
            breaks.add(new Break(where, "type widened from " + old.types + " to " + now.types));
        }
        if (old.format != null || now.format != null) {
            if (writes && now.format != null && !now.format.equals(old.format)) {
                breaks.add(new Break(where, "format narrowed from " + old.format + " to " + now.format));
            } else if (reads && old.format != null && !old.format.equals(now.format)) {
                breaks.add(new Break(where, "format changed from " + old.format + " to " + now.format));
            }
        }
        if (old.enumeration != null) {
            Set<String> removed = new LinkedHashSet<>(old.enumeration);
            if (now.enumeration != null) {
                removed.removeAll(now.enumeration);
            } else {
                removed.clear();
            }
            if (!removed.isEmpty()) {
                breaks.add(new Break(where, "enumeration values removed: " + String.join(", ", removed)));
            }
        } else if (writes && now.enumeration != null) {
            breaks.add(new Break(where, "values restricted to an enumeration " + now.enumeration));
        }
        if (writes) {
            bounds(where, old, now);
        }

        for (Map.Entry<String, List<Located>> property : old.properties.entrySet()) {
            String name = property.getKey();
            List<Located> current = now.properties.get(name);
            if (current == null) {
                breaks.add(new Break(where, "property " + name + " removed or renamed"));
                continue;
            }
            String at = where + " ." + name;
            if (compared.add(at + "|" + property.getValue().hashCode() + "|" + current.hashCode())) {
                schema(at, SchemaView.of(property.getValue(), baselineResolver), SchemaView.of(current, currentResolver), direction);
            }
        }
        for (String name : now.required) {
            if (old.required.contains(name)) {
                continue;
            }
            if (writes && !old.properties.containsKey(name)) {
                breaks.add(new Break(where, "new required property " + name));
            } else if (writes) {
                breaks.add(new Break(where, "property " + name + " became required"));
            }
        }
        if (reads) {
            for (String name : old.required) {
                if (!now.required.contains(name) && now.properties.containsKey(name)) {
                    breaks.add(new Break(where, "property " + name + " is no longer always present"));
                }
            }
        }
        if (old.items != null && now.items != null) {
            schema(where + "[]", old.items, now.items, direction);
        }
    }

    private void bounds(String where, SchemaView old, SchemaView now) {
        if (now.maxLength != null && (old.maxLength == null || now.maxLength < old.maxLength)) {
            breaks.add(new Break(where, "maxLength narrowed from " + old.maxLength + " to " + now.maxLength));
        }
        if (now.minLength != null && (old.minLength == null || now.minLength > old.minLength)) {
            breaks.add(new Break(where, "minLength narrowed from " + old.minLength + " to " + now.minLength));
        }
        if (now.maximum != null && (old.maximum == null || now.maximum < old.maximum)) {
            breaks.add(new Break(where, "maximum narrowed from " + old.maximum + " to " + now.maximum));
        }
        if (now.minimum != null && (old.minimum == null || now.minimum > old.minimum)) {
            breaks.add(new Break(where, "minimum narrowed from " + old.minimum + " to " + now.minimum));
        }
        if (now.pattern != null && !now.pattern.equals(old.pattern)) {
            breaks.add(new Break(where, "pattern changed from " + old.pattern + " to " + now.pattern));
        }
    }

    /** Whether every value of types {@code narrower} is a value of types {@code wider} (null: any type). */
    private static boolean accepts(Set<String> wider, Set<String> narrower) {
        if (wider == null) {
            return true;
        }
        if (narrower == null) {
            return false;
        }
        for (String type : narrower) {
            if (!wider.contains(type) && !(type.equals("integer") && wider.contains("number"))) {
                return false;
            }
        }
        return true;
    }
}
