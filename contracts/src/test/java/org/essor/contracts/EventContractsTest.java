package org.essor.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.essor.testing.contracts.ContractFiles;
import org.essor.testing.contracts.EventSchemas;
import org.junit.jupiter.api.Test;

import com.networknt.schema.Schema;

import tools.jackson.databind.JsonNode;

class EventContractsTest {

    @Test
    void everyEventSchemaHasAtLeastTwoExamplesThatItAccepts() throws IOException {
        List<String> types = eventTypes();
        assertThat(types).isNotEmpty();
        for (String type : types) {
            Schema schema = EventSchemas.of(type);
            JsonNode examples = schema.getSchemaNode().get("examples");
            assertThat(examples).as(type + " has examples").isNotNull();
            assertThat(examples.size()).as(type + " has at least two examples").isGreaterThanOrEqualTo(2);
            for (JsonNode example : examples) {
                assertThat(schema.validate(example)).as(type + " accepts its example " + example).isEmpty();
            }
        }
    }

    @Test
    void theEventSchemasRefuseWhatIsNotAnEvent() {
        for (String type : eventTypes()) {
            assertThat(EventSchemas.violations(type, "{}")).as(type).isNotEmpty();
            assertThat(EventSchemas.violations(type, "{\"enterprise\":{},\"representative\":\"x\"}")).as(type).isNotEmpty();
        }
    }

    @Test
    void theAsyncApiDocumentDescribesEveryEventWithItsSchema() throws IOException {
        String asyncapi = Files.readString(ContractFiles.directory().resolve("asyncapi.yaml"));
        Matcher refs = Pattern.compile("\\$ref: '\\./events/([^']+)\\.schema\\.json'").matcher(asyncapi);
        List<String> referenced = new ArrayList<>();
        while (refs.find()) {
            referenced.add(refs.group(1));
        }
        assertThat(referenced).containsExactlyInAnyOrderElementsOf(eventTypes());
        for (String type : referenced) {
            assertThat(asyncapi).contains("name: " + type);
        }
    }

    static List<String> eventTypes() {
        try (Stream<Path> files = Files.list(ContractFiles.directory().resolve("events"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("essor.") && name.endsWith(".schema.json"))
                    .map(name -> name.substring(0, name.length() - ".schema.json".length()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
