package org.essor.registry.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.essor.testing.kafka.TopicReader.header;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.registry.EnterpriseJson;
import org.essor.registry.RegistryApi;
import org.essor.registry.events.RegistryEvents;
import org.essor.testing.contracts.EventSchemas;
import org.essor.testing.identifiers.TestIdentifiers;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Dated figures of an enterprise and its establishments (plan A.2): recorded, replaced by date, published. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "registry-officer", roles = "registry-officer")
class FiguresTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void figuresOfADateAreRecordedReplacedAndPublishedWithoutAnEstablishmentsPayroll() {
        EnterpriseJson scop = EnterpriseJson.scop();
        String second = TestIdentifiers.siret(scop.siren(), 2);
        scop.establishment(second, false, "34032");
        String id = RegistryApi.registered(scop);

        declare(id, 0, "2024-12-31", "{\"figures\":[{\"headcount\":14,\"employeesAtYearEnd\":15,\"grossPayroll\":412000.5},"
                + "{\"siret\":\"" + second + "\",\"headcount\":3,\"employeesAtYearEnd\":3,\"grossPayroll\":81234.17}]}")
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("figures", hasSize(2))
                .body("figures.find { it.siret == null }.grossPayroll", equalTo(412000.5f));
        declare(id, 1, "2023-12-31", "{\"figures\":[{\"headcount\":12,\"employeesAtYearEnd\":12,\"grossPayroll\":380000}]}")
                .then().statusCode(200).header("ETag", equalTo("\"2\""));
        declare(id, 2, "2023-12-31", "{\"figures\":[{\"headcount\":12,\"employeesAtYearEnd\":12,\"grossPayroll\":380000.00}]}")
                .then().statusCode(200).header("ETag", equalTo("\"2\""));

        given().get(RegistryApi.ENTERPRISES + "/{id}/figures", id).then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("figures.referenceDate", equalTo(List.of("2024-12-31", "2024-12-31", "2023-12-31")))
                .body("figures[1].siret", equalTo(second));

        List<ConsumerRecord<String, byte[]>> events = read(id, 3);
        for (ConsumerRecord<String, byte[]> event : events.subList(1, 3)) {
            assertThat(header(event, "ce_type")).isEqualTo("essor.registry.enterprise.figures-declared.v1");
            EventSchemas.assertValid(header(event, "ce_type"), TopicReader.value(event));
        }
        assertThat(TopicReader.value(events.get(1))).contains("\"referenceDate\":\"2024-12-31\"")
                .contains("\"grossPayroll\":412000.50").doesNotContain("81234.17");
    }

    @Test
    void figuresThatCannotBeAreRefusedAndChangeNothing() {
        EnterpriseJson association = EnterpriseJson.association();
        String id = RegistryApi.registered(association);
        String elsewhere = TestIdentifiers.siret(TestIdentifiers.siren(), 1);

        declare(id, 0, "2024-12-31", "{\"figures\":[{\"siret\":\"" + elsewhere + "\",\"headcount\":1,"
                + "\"employeesAtYearEnd\":1,\"grossPayroll\":20000}]}").then().statusCode(422)
                .body("errors.field", hasItem("figures[0].siret"));
        declare(id, 0, "2024-12-31", "{\"figures\":[{\"headcount\":1,\"employeesAtYearEnd\":1,\"grossPayroll\":20000},"
                + "{\"headcount\":2,\"employeesAtYearEnd\":2,\"grossPayroll\":30000}]}").then().statusCode(422)
                .body("errors.field", hasItem("figures[1].siret"));
        declare(id, 0, LocalDate.now().plusDays(1).toString(), "{\"figures\":[{\"headcount\":1,\"employeesAtYearEnd\":1,"
                + "\"grossPayroll\":20000}]}").then().statusCode(422).body("errors.field", hasItem("referenceDate"));
        declare(id, 0, "31-12-2024", "{\"figures\":[{\"headcount\":1,\"employeesAtYearEnd\":1,\"grossPayroll\":20000}]}")
                .then().statusCode(400).body("errors[0].field", equalTo("referenceDate"));
        declare(id, 0, "2024-12-31", "{\"figures\":[{\"headcount\":-1,\"employeesAtYearEnd\":1,\"grossPayroll\":20000}]}")
                .then().statusCode(400);
        declare(id, 0, "2024-12-31", "{\"figures\":[]}").then().statusCode(400);
        RegistryApi.get(id).then().header("ETag", equalTo("\"0\""));
    }

    @Test
    @TestSecurity(user = "partner", roles = "partner")
    void aPartnerNeitherReadsNorDeclaresFigures() {
        String unknown = java.util.UUID.randomUUID().toString();
        given().get(RegistryApi.ENTERPRISES + "/{id}/figures", unknown).then().statusCode(403);
        declare(unknown, 0, "2024-12-31", "{\"figures\":[]}").then().statusCode(403);
    }

    private static Response declare(String id, long version, String date, String body) {
        return given().header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON).body(body)
                .put(RegistryApi.ENTERPRISES + "/{id}/figures/{date}", id, date);
    }

    private List<ConsumerRecord<String, byte[]>> read(String id, int count) {
        return new TopicReader(bootstrapServers).readKey(RegistryEvents.TOPIC, id, count, Duration.ofSeconds(30));
    }
}
