package org.essor.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.essor.testing.quarkus.EssorTestServers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
class OperationsEndpointsTest {

    @Test
    void readinessIsTheDatabaseOnlyAndKafkaHasAGroupOfItsOwn() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", not(hasItem("Kafka")));
        given().get("/q/health/group/kafka")
                .then().statusCode(200)
                .body("checks.name", hasItem("Kafka"))
                .body("checks.find { it.name == 'Kafka' }.data.relay", equalTo("PUBLISHING"));
    }

    @Test
    void metricsExposeTheOutboxAndInbox() {
        given().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("essor_outbox_backlog"))
                .body(containsString("essor_outbox_oldest_unsent_age_seconds"))
                .body(containsString("essor_outbox_published_total"))
                .body(containsString("essor_outbox_parked"));
    }
}
