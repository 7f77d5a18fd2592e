package org.essor.registry.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.essor.testing.kafka.TopicReader.header;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.registry.EnterpriseJson;
import org.essor.registry.RegistryApi;
import org.essor.registry.domain.EssCondition;
import org.essor.registry.events.RegistryEvents;
import org.essor.testing.contracts.EventSchemas;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The conditions of a société commerciale de l'ESS (law of 31 July 2014, art. 1) and the conversion into a SCOP. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "registry-officer", roles = "registry-officer")
class EssConditionsAndScopConversionTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aCompanyDeclaredOfTheEssAsAWholeHasEveryConditionDeclaredThatDay() {
        String id = RegistryApi.registered(EnterpriseJson.essCompany());

        given().get(RegistryApi.ENTERPRISES + "/{id}/ess-conditions", id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("essBasis", equalTo("COMMERCIAL_ESS_COMPANY"))
                .body("allConditionsDeclared", equalTo(true)).body("conditions", hasSize(5))
                .body("conditions.condition", equalTo(Stream.of(EssCondition.values()).map(Enum::name).toList()))
                .body("conditions.evidence", everyItem(containsString("declared as a whole")));
    }

    @Test
    void eachConditionIsDeclaredWithItsDateAndEvidenceAndPublishedWithoutTheEvidence() {
        String id = RegistryApi.registered(EnterpriseJson.essCompany());

        Response declared = declare(id, 0, conditions(EssCondition.values(), "2024-06-12"));

        declared.then().statusCode(200).header("ETag", equalTo("\"1\"")).body("allConditionsDeclared", equalTo(true))
                .body("conditions.declaredOn", everyItem(equalTo("2024-06-12")))
                .body("conditions.evidence", hasItem("Statuts du 12/06/2024, art. DEMOCRATIC_GOVERNANCE"));
        given().get(RegistryApi.ENTERPRISES + "/{id}/ess-conditions", id).then().statusCode(200)
                .body("conditions.evidence", hasItem("Statuts du 12/06/2024, art. UNDISTRIBUTABLE_RESERVES"));
        declare(id, 1, conditions(EssCondition.values(), "2024-06-12")).then().statusCode(200).header("ETag", equalTo("\"1\""));

        List<ConsumerRecord<String, byte[]>> events = read(id, 2);
        assertThat(header(events.get(1), "ce_type")).isEqualTo("essor.registry.enterprise.ess-conditions-declared.v1");
        EventSchemas.assertValid(header(events.get(1), "ce_type"), TopicReader.value(events.get(1)));
        assertThat(TopicReader.value(events.get(1))).contains("\"declaredOn\":\"2024-06-12\"").doesNotContain("Statuts");
    }

    @Test
    void declarationsThatDoNotMakeASocieteCommercialeDeLEssAreRefusedAndChangeNothing() {
        String id = RegistryApi.registered(EnterpriseJson.essCompany());
        EssCondition[] four = {EssCondition.PURPOSE_OTHER_THAN_PROFIT_SHARING, EssCondition.DEMOCRATIC_GOVERNANCE,
                EssCondition.PROFITS_MOSTLY_REINVESTED, EssCondition.UNDISTRIBUTABLE_RESERVES};

        declare(id, 0, conditions(four, "2024-06-12")).then().statusCode(422).contentType("application/problem+json")
                .body("errors.find { it.field == 'conditions' }.message", containsString("SOCIAL_UTILITY_AND_MANAGEMENT_PRINCIPLES"));
        declare(id, 0, conditions(EssCondition.values(), LocalDate.now().plusDays(2).toString())).then().statusCode(422)
                .body("errors.field", hasItem("conditions[0].declaredOn"));
        declare(id, 0, "{\"conditions\":[{\"condition\":\"DEMOCRATIC_GOVERNANCE\",\"declaredOn\":\"2024-01-01\"}]}")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(conditions(EssCondition.values(), "2024-06-12"))
                .put(RegistryApi.ENTERPRISES + "/{id}/ess-conditions", id).then().statusCode(428);
        RegistryApi.get(id).then().header("ETag", equalTo("\"0\""));

        String association = RegistryApi.registered(EnterpriseJson.association());
        declare(association, 0, conditions(EssCondition.values(), "2024-06-12")).then().statusCode(422)
                .body("errors[0].message", containsString("by its statutes"));
        given().get(RegistryApi.ENTERPRISES + "/{id}/ess-conditions", association).then().statusCode(200)
                .body("essBasis", equalTo("STATUTORY_FAMILY")).body("allConditionsDeclared", equalTo(false))
                .body("conditions", hasSize(0));
    }

    @Test
    void aCommercialCompanyConvertedIntoAScopIsACooperativeAndTheConversionIsItsOwnEvent() {
        String id = RegistryApi.registered(EnterpriseJson.essCompany());

        RegistryApi.transition(id, 0, "scop-conversion", "{\"legalCategory\":\"5458\",\"on\":\"2025-01-06\"}")
                .then().statusCode(200).body("legalCategory", equalTo("5458")).body("legalFamily", equalTo("COOPERATIVE"))
                .body("cooperativeKind", equalTo("SCOP")).body("essBasis", equalTo("STATUTORY_FAMILY"));
        given().get(RegistryApi.ENTERPRISES + "/{id}/ess-conditions", id).then().statusCode(200).body("conditions", hasSize(0));

        List<ConsumerRecord<String, byte[]>> events = read(id, 2);
        assertThat(header(events.get(1), "ce_type")).isEqualTo("essor.registry.enterprise.converted-into-scop.v1");
        EventSchemas.assertValid(header(events.get(1), "ce_type"), TopicReader.value(events.get(1)));
        assertThat(TopicReader.value(events.get(1))).contains("\"previousLegalCategory\":\"5710\"")
                .contains("\"convertedOn\":\"2025-01-06\"");

        RegistryApi.transition(id, 1, "scop-conversion", "{\"legalCategory\":\"5558\",\"on\":\"2025-02-01\"}")
                .then().statusCode(422).body("errors[0].message", containsString("only a commercial company"));
    }

    @Test
    void aConversionIntoWhatIsNotAScopCategoryIsRefused() {
        String id = RegistryApi.registered(EnterpriseJson.essCompany());

        RegistryApi.transition(id, 0, "scop-conversion", "{\"legalCategory\":\"5460\",\"on\":\"2025-01-06\"}")
                .then().statusCode(422).body("errors[0].message", containsString("is not a SCOP's legal category"));
        RegistryApi.transition(id, 0, "scop-conversion", "{\"legalCategory\":\"54\",\"on\":\"2025-01-06\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("legalCategory"));
        RegistryApi.get(id).then().header("ETag", equalTo("\"0\"")).body("legalFamily", equalTo("COMMERCIAL_COMPANY"));
    }

    @Test
    @TestSecurity(user = "evaluator", roles = "evaluator")
    void anEvaluatorMayNotConvertNorDeclare() {
        RegistryApi.transition(java.util.UUID.randomUUID().toString(), 0, "scop-conversion",
                "{\"legalCategory\":\"5458\",\"on\":\"2025-01-06\"}").then().statusCode(403);
        declare(java.util.UUID.randomUUID().toString(), 0, conditions(EssCondition.values(), "2024-06-12"))
                .then().statusCode(403);
    }

    private static String conditions(EssCondition[] conditions, String on) {
        return Stream.of(conditions).map(c -> "{\"condition\":\"" + c + "\",\"declaredOn\":\"" + on
                        + "\",\"evidence\":\"Statuts du 12/06/2024, art. " + c + "\"}")
                .collect(Collectors.joining(",", "{\"conditions\":[", "]}"));
    }

    private static Response declare(String id, long version, String body) {
        return given().header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON).body(body)
                .put(RegistryApi.ENTERPRISES + "/{id}/ess-conditions", id);
    }

    private List<ConsumerRecord<String, byte[]>> read(String id, int count) {
        return new TopicReader(bootstrapServers).readKey(RegistryEvents.TOPIC, id, count, Duration.ofSeconds(30));
    }
}
