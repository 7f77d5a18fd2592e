package org.essor.registry.api;

import static io.restassured.RestAssured.given;

import org.essor.contracts.OpenApiExamples;
import org.essor.registry.EnterpriseJson;
import org.essor.registry.RegistryApi;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/** The examples of the registry's OpenAPI document are real answers (see {@link OpenApiExamples}). */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "registry-officer", roles = "registry-officer")
class OpenApiExamplesTest {

    @Test
    void theDocumentedExamplesAreRealAnswers() {
        String name = "Association Exemple Documentée " + Long.toString(System.nanoTime(), 36);
        Response registered = RegistryApi.register(EnterpriseJson.association().with("legalName", name));
        registered.then().statusCode(201);
        OpenApiExamples.check("registry", "registerEnterprise", 201, registered.asString());

        String id = registered.path("id");
        OpenApiExamples.check("registry", "getEnterprise", 200,
                RegistryApi.get(id).then().statusCode(200).extract().asString());

        RegistryApi.registered(EnterpriseJson.association().with("legalName", name + " bis"));
        OpenApiExamples.check("registry", "listEnterprises", 200, given().queryParam("q", name).queryParam("limit", 1)
                .get(RegistryApi.ENTERPRISES).then().statusCode(200).extract().asString());
    }
}
