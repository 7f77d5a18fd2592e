package org.essor.contracts.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.essor.testing.contracts.ContractFiles;
import org.junit.jupiter.api.Test;

/**
 * The build fails when a committed contract breaks the clients of the released one ({@code contracts/baseline/}):
 * make the change under a new major version (a new {@code /api/v2/...} path, a new {@code ....v2} event type) instead.
 * At a release, the released contracts are copied into {@code contracts/baseline/} (see contracts/README.md).
 */
class CompatibilityGateTest {

    static final Path CONTRACTS = ContractFiles.directory();
    static final Path BASELINE = CONTRACTS.resolve("baseline");

    @Test
    void theOpenApiDocumentsKeepTheReleasedClientsWorking() {
        List<Path> released = ContractDocuments.files(BASELINE.resolve("openapi"), ".yaml");
        assertThat(released).as("released OpenAPI documents").isNotEmpty();
        List<String> breaks = new ArrayList<>();
        for (Path baseline : released) {
            Path current = CONTRACTS.resolve("openapi").resolve(baseline.getFileName());
            if (!Files.isRegularFile(current)) {
                breaks.add(baseline.getFileName() + ": the document was removed");
                continue;
            }
            Compatibility.ofOpenApi(ContractDocuments.read(baseline), ContractDocuments.read(current))
                    .forEach(found -> breaks.add(baseline.getFileName() + ": " + found));
        }
        assertThat(breaks).as("changes that break the clients of the released APIs").isEmpty();
    }

    @Test
    void theEventSchemasKeepTheReleasedConsumersWorking() {
        List<Path> released = ContractDocuments.files(BASELINE.resolve("events"), ".schema.json").stream()
                .filter(file -> file.getFileName().toString().startsWith("essor.")).toList();
        assertThat(released).as("released event schemas").isNotEmpty();
        List<String> breaks = new ArrayList<>();
        for (Path baseline : released) {
            String file = baseline.getFileName().toString();
            String type = file.substring(0, file.length() - ".schema.json".length());
            Path current = CONTRACTS.resolve("events").resolve(file);
            if (!Files.isRegularFile(current)) {
                breaks.add(type + ": the event type was removed");
                continue;
            }
            Compatibility.ofEventSchema(type, ContractDocuments.read(baseline), ContractDocuments.eventFiles(BASELINE.resolve("events")),
                            ContractDocuments.read(current), ContractDocuments.eventFiles(CONTRACTS.resolve("events")))
                    .forEach(found -> breaks.add(found.toString()));
        }
        assertThat(breaks).as("changes that break the consumers of the released events").isEmpty();
    }
}
