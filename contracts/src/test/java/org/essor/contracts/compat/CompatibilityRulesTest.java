package org.essor.contracts.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.essor.testing.contracts.ContractFiles;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The gate itself: deliberate changes to copies of the committed contracts, each breaking change rejected with what
 * it breaks, each additive one let through.
 */
class CompatibilityRulesTest {

    static final Path CONTRACTS = ContractFiles.directory();
    static final JsonNode REGISTRY = ContractDocuments.read(CONTRACTS.resolve("openapi/registry.yaml"));
    static final Path EVENTS = CONTRACTS.resolve("events");
    static final String VERIFIED = "essor.registry.enterprise.verified.v1";
    static final String ADMITTED = "essor.programmes.application.admitted.v1";
    static final String STRUCK_OFF = "essor.registry.enterprise.struck-off.v1";

    @Test
    void theCommittedDocumentIsCompatibleWithItself() {
        assertThat(Compatibility.ofOpenApi(REGISTRY, REGISTRY)).isEmpty();
        assertThat(eventChange(VERIFIED, Function.identity(), schema -> { })).isEmpty();
    }

    @Test
    void anAnswerFieldRemovedBreaks() {
        assertThat(registryChange(doc -> schema(doc, "EnterpriseView").remove("legalName")))
                .anySatisfy(found -> assertThat(found).contains("GET /api/v1/enterprises/{id}", "property legalName removed"));
    }

    @Test
    void anAnswerFieldRenamedBreaks() {
        assertThat(registryChange(doc -> {
            ObjectNode properties = schema(doc, "EnterpriseView");
            properties.set("legalNameText", properties.remove("legalName"));
        })).anySatisfy(found -> assertThat(found).contains("property legalName removed or renamed"));
    }

    @Test
    void aRequestTypeNarrowedBreaks() {
        assertThat(registryChange(doc -> ((ObjectNode) schema(doc, "EnterpriseRequest").get("declaredFte"))
                .put("type", "integer"))).anySatisfy(found -> assertThat(found)
                .contains("POST /api/v1/enterprises request application/json .declaredFte", "type narrowed"));
    }

    @Test
    void aRequestLengthNarrowedBreaks() {
        assertThat(registryChange(doc -> ((ObjectNode) schema(doc, "EnterpriseRequest").get("legalName"))
                .put("maxLength", 100))).anySatisfy(found -> assertThat(found).contains(".legalName", "maxLength narrowed"));
    }

    @Test
    void aNewRequiredRequestFieldBreaks() {
        assertThat(registryChange(doc -> {
            ObjectNode request = (ObjectNode) doc.at("/components/schemas/EnterpriseRequest");
            ((ObjectNode) request.get("properties")).putObject("fundingSource").put("type", "string");
            ((ArrayNode) request.get("required")).add("fundingSource");
        })).anySatisfy(found -> assertThat(found).contains("POST /api/v1/enterprises", "new required property fundingSource"));
    }

    @Test
    void anEnumValueRemovedBreaks() {
        assertThat(registryChange(doc -> {
            ArrayNode values = (ArrayNode) doc.at("/components/schemas/StrikeOffReason/enum");
            values.remove(values.size() - 1);
        })).anySatisfy(found -> assertThat(found).contains("enumeration values removed"));
    }

    @Test
    void aStatusRemovedBreaks() {
        assertThat(registryChange(doc -> ((ObjectNode) doc.at("/paths/~1api~1v1~1enterprises/post/responses")).remove("409")))
                .contains("POST /api/v1/enterprises: status 409 removed");
    }

    @Test
    void anOperationRemovedBreaks() {
        assertThat(registryChange(doc -> ((ObjectNode) doc.at("/paths/~1api~1v1~1enterprises~1{id}")).remove("get")))
                .contains("GET /api/v1/enterprises/{id}: operation removed");
    }

    @Test
    void aNewRequiredParameterBreaks() {
        assertThat(registryChange(doc -> ((ArrayNode) doc.at("/paths/~1api~1v1~1enterprises/get/parameters")).addObject()
                .put("name", "region").put("in", "query").put("required", true).putObject("schema").put("type", "string")))
                .contains("GET /api/v1/enterprises: new required query parameter region");
    }

    @Test
    void additiveChangesPass() {
        assertThat(registryChange(doc -> {
            ((ObjectNode) schema(doc, "EnterpriseView")).putObject("website").put("type", "string");
            ((ObjectNode) schema(doc, "EnterpriseRequest")).putObject("website").put("type", "string");
            ((ArrayNode) doc.at("/components/schemas/StrikeOffReason/enum")).add("MERGED");
            ((ObjectNode) doc.at("/paths/~1api~1v1~1enterprises/post/responses")).set("429",
                    doc.at("/paths/~1api~1v1~1enterprises/post/responses/409"));
            ((ObjectNode) doc.at("/paths")).set("/api/v1/enterprises/{id}/website", doc.at("/paths/~1api~1v1~1enterprises~1{id}"));
        })).isEmpty();
    }

    @Test
    void aBreakingChangeUnderANewMajorPathPasses() {
        assertThat(registryChange(doc -> {
            ObjectNode paths = (ObjectNode) doc.at("/paths");
            JsonNode v2 = paths.get("/api/v1/enterprises").deepCopy();
            ((ObjectNode) v2.get("post")).put("operationId", "registerEnterpriseV2").remove("parameters");
            paths.set("/api/v2/enterprises", v2);
            ((ObjectNode) paths.get("/api/v2/enterprises").get("post").get("responses")).remove("409");
        })).isEmpty();
    }

    @Test
    void anEventFieldRemovedBreaks() {
        assertThat(eventChange(STRUCK_OFF, Function.identity(), schema -> {
            ((ObjectNode) schema.get("properties")).remove("reason");
            ((ArrayNode) schema.get("required")).removeIf(name -> name.asText().equals("reason"));
        })).anySatisfy(found -> assertThat(found).contains(STRUCK_OFF, "property reason removed"));
    }

    @Test
    void anEventFieldWidenedByDroppingItsNarrowerDeclarationBreaks() {
        // admitted declares score a number; the shared application schema allows null: dropping it widens the type
        assertThat(eventChange(ADMITTED, Function.identity(), schema -> ((ObjectNode) schema.get("properties")).remove("score")))
                .anySatisfy(found -> assertThat(found).contains(ADMITTED + " .score", "type widened"));
    }

    @Test
    void anEventFieldOfASharedSchemaRemovedBreaksEveryTypeThatUsesIt() {
        assertThat(eventChange(VERIFIED, shared -> {
            ObjectNode state = shared.apply("registry.enterprise-state.schema.json").deepCopy();
            ((ObjectNode) state.get("properties")).remove("legalFamily");
            ((ArrayNode) state.get("required")).removeIf(name -> name.asText().equals("legalFamily"));
            return name -> name.equals("registry.enterprise-state.schema.json") ? state : shared.apply(name);
        }, schema -> { })).anySatisfy(found -> assertThat(found).contains(".enterprise", "property legalFamily removed"));
    }

    @Test
    void anEventTypeChangedBreaks() {
        assertThat(eventChange(ADMITTED, Function.identity(),
                schema -> ((ObjectNode) schema.get("properties").get("score")).put("type", "string")))
                .anySatisfy(found -> assertThat(found).contains(".score", "type"));
    }

    @Test
    void aNewRequiredEventFieldBreaksAndANewOptionalOnePasses() {
        assertThat(eventChange(ADMITTED, Function.identity(), schema -> {
            ((ObjectNode) schema.get("properties")).putObject("cohortId").put("type", "string");
            schema.putArray("required").add("cohortId");
        })).anySatisfy(found -> assertThat(found).contains("new required property cohortId"));
        assertThat(eventChange(ADMITTED, Function.identity(),
                schema -> ((ObjectNode) schema.get("properties")).putObject("cohortId").put("type", "string"))).isEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static List<String> registryChange(Consumer<ObjectNode> change) {
        ObjectNode changed = REGISTRY.deepCopy();
        change.accept(changed);
        return Compatibility.ofOpenApi(REGISTRY, changed).stream().map(Compatibility.Break::toString).toList();
    }

    private static ObjectNode schema(JsonNode document, String name) {
        return (ObjectNode) document.at("/components/schemas/" + name + "/properties");
    }

    /** Compares an event schema with a changed copy (and, optionally, changed schemas it refers to). */
    private static List<String> eventChange(String type, Function<Function<String, JsonNode>, Function<String, JsonNode>> files,
                                            Consumer<ObjectNode> change) {
        JsonNode released = ContractDocuments.read(EVENTS.resolve(type + ".schema.json"));
        ObjectNode changed = released.deepCopy();
        change.accept(changed);
        Function<String, JsonNode> committed = ContractDocuments.eventFiles(EVENTS);
        return Compatibility.ofEventSchema(type, released, committed, changed, files.apply(committed)).stream()
                .map(Compatibility.Break::toString).toList();
    }
}
