package org.essor.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The examples of a service's OpenAPI document are real answers: {@code
 * services/<service>/src/main/resources/META-INF/openapi-examples/<operationId>.<status>.json}, which the platform's
 * OpenAPI filter puts in the document. A service's test makes the request and hands the answer here: the committed
 * example must have the answer's shape (the same fields, of the same JSON types), or the test fails. Run the tests with
 * {@code -Dessor.contracts.update=true} to write the answers as the examples.
 */
public final class OpenApiExamples {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OpenApiExamples() {
    }

    public static void check(String service, String operationId, int status, String answer) {
        Path file = folder(service).resolve(operationId + "." + status + ".json");
        try {
            JsonNode real = JSON.readTree(answer);
            if (Boolean.getBoolean("essor.contracts.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, JSON.writeValueAsString(real) + "\n");
                return;
            }
            if (!Files.isRegularFile(file)) {
                throw new AssertionError("No example at " + file + ": run the tests with -Dessor.contracts.update=true");
            }
            Map<String, String> expected = shape(JSON.readTree(file.toFile()));
            Map<String, String> actual = shape(real);
            if (!expected.equals(actual)) {
                throw new AssertionError("The example " + file + " is not the shape of a real answer of " + operationId
                        + " any more; run the tests with -Dessor.contracts.update=true.\n  example: " + expected
                        + "\n  answer:  " + actual);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every field path and the JSON type at it (arrays by their first item). */
    static Map<String, String> shape(JsonNode node) {
        Map<String, String> shape = new TreeMap<>();
        shape("$", node, shape);
        return shape;
    }

    private static void shape(String path, JsonNode node, Map<String, String> shape) {
        shape.put(path, node.getNodeType().name());
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                shape(path + "." + field.getKey(), field.getValue(), shape);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            shape(path + "[]", node.get(0), shape);
        }
    }

    private static Path folder(String service) {
        String projectDir = System.getProperty("essor.project.dir");
        Path root = projectDir != null ? Paths.get(projectDir) : null;
        for (Path dir = Paths.get("").toAbsolutePath(); root == null && dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("contracts/asyncapi.yaml"))) {
                root = dir;
            }
        }
        if (root == null) {
            throw new IllegalStateException("No project root above " + Paths.get("").toAbsolutePath());
        }
        return root.resolve("services").resolve(service).resolve("src/main/resources/META-INF/openapi-examples");
    }
}
