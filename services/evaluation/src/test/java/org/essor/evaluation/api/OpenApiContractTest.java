package org.essor.evaluation.api;

import static io.restassured.RestAssured.given;

import org.essor.testing.contracts.OpenApiContract;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class OpenApiContractTest {

    @Test
    void theServedOpenApiIsTheCommittedContract() {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        OpenApiContract.check("evaluation", served);
    }
}
