package org.essor.programmes.api;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.contracts.OpenApiExamples;
import org.essor.programmes.ProgrammesApi;
import org.essor.testing.kafka.RegistryFeed;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The examples of the programmes' OpenAPI document are real answers (see {@link OpenApiExamples}). */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "programme-officer", roles = "programme-officer")
class OpenApiExamplesTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theDocumentedExamplesAreRealAnswers() {
        Response opened = given().contentType(ContentType.JSON).body(ProgrammesApi.callJson("REALIS", 3, null))
                .post(ProgrammesApi.CALLS);
        opened.then().statusCode(201);
        OpenApiExamples.check("programmes", "openCall", 201, opened.asString());
        String call = opened.path("id");
        OpenApiExamples.check("programmes", "getCall", 200,
                given().get(ProgrammesApi.CALLS + "/{id}", call).then().statusCode(200).extract().asString());
        ProgrammesApi.openCall("REALIS", 3, null);
        OpenApiExamples.check("programmes", "listCalls", 200, given().queryParam("programme", "REALIS").queryParam("limit", 1)
                .get(ProgrammesApi.CALLS).then().statusCode(200).extract().asString());

        RegistryFeed.Enterprise enterprise = RegistryFeed.Enterprise.association(LocalDate.of(2019, 4, 1), "31");
        try (RegistryFeed feed = new RegistryFeed(bootstrapServers)) {
            feed.publish(enterprise);
        }
        ProgrammesApi.awaitKnown(dataSource, enterprise.id(), 0, "REGISTERED");
        Response applied = ProgrammesApi.apply(call, enterprise.id(), "DEVELOPMENT");
        applied.then().statusCode(201);
        OpenApiExamples.check("programmes", "applyToCall", 201, applied.asString());
        OpenApiExamples.check("programmes", "getApplication", 200, given().get(ProgrammesApi.APPLICATIONS + "/{id}",
                applied.path("id").toString()).then().statusCode(200).extract().asString());
    }
}
