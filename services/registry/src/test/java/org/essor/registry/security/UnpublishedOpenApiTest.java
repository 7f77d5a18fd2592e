package org.essor.registry.security;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.essor.testing.quarkus.EssorTestServers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** As deployed (ESSOR_WEB_OPENAPI_PUBLIC unset), the service publishes neither its OpenAPI document nor Swagger UI. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@TestProfile(UnpublishedOpenApiTest.AsDeployed.class)
class UnpublishedOpenApiTest {

    public static class AsDeployed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("essor.web.openapi-public", "false");
        }
    }

    @Test
    void neitherTheDocumentNorSwaggerUiIsServed() {
        given().get("/q/openapi").then().statusCode(404);
        given().get("/q/swagger-ui").then().statusCode(404);
        given().get("/q/swagger-ui/").then().statusCode(404);
    }
}
