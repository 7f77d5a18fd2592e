package org.essor.testing.contracts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Validates event payloads against {@code contracts/events/<ce_type>.schema.json} (JSON Schema 2020-12), as
 * consumers outside Essor will. Schema ids under {@value #ID_BASE} are read from the committed files.
 */
public final class EventSchemas {

    static final String ID_BASE = "https://essor.example/contracts/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources()
                    .schemaIdResolvers(resolvers -> resolvers.mapPrefix(ID_BASE, ContractFiles.directory().toUri().toString()))));

    private EventSchemas() {
    }

    /** The schema of an event type; fails when the contract has none. */
    public static Schema of(String ceType) {
        Path file = ContractFiles.directory().resolve("events").resolve(ceType + ".schema.json");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("No JSON Schema for " + ceType + " at " + file);
        }
        return REGISTRY.getSchema(SchemaLocation.of(file.toUri().toString()));
    }

    /** What is wrong with {@code json} as a payload of {@code ceType} (empty when it is valid). */
    public static List<String> violations(String ceType, String json) {
        return of(ceType).validate(json, InputFormat.JSON).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .toList();
    }

    public static void assertValid(String ceType, String json) {
        List<String> violations = violations(ceType, json);
        if (!violations.isEmpty()) {
            throw new AssertionError(ceType + " payload does not match its schema:\n  " + String.join("\n  ", violations)
                    + "\n" + json);
        }
    }
}
