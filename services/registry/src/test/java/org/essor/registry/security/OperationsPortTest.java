package org.essor.registry.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.eclipse.microprofile.config.ConfigProvider;
import org.essor.testing.quarkus.EssorTestServers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Health and metrics answer on the management port only, which the ingress never routes; never on the API's port. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
class OperationsPortTest {

    @Test
    void healthAndMetricsAreOnTheManagementPort() {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        given().port(port).get("/q/health/ready").then().statusCode(200);
        given().port(port).get("/q/metrics").then().statusCode(200).body(containsString("essor_outbox_backlog"));
    }

    @Test
    void theApiPortServesNeitherHealthNorMetrics() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void theApiPortAnswersWithTheSecurityHeaders() {
        given().get("/api/v1/enterprises").then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store");
    }
}
