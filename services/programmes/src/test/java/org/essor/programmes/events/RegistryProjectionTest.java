package org.essor.programmes.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.programmes.ProgrammesApi;
import org.essor.programmes.RegistryFeed;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "programme-officer", roles = "programme-officer")
class RegistryProjectionTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aRegistryEventDeliveredTwiceChangesTheProjectionOnce() throws Exception {
        RegistryFeed.Enterprise enterprise = RegistryFeed.Enterprise.association(LocalDate.of(2019, 4, 1), "31");
        double duplicatesBefore = duplicates();
        UUID eventId = UUID.randomUUID();
        try (RegistryFeed feed = new RegistryFeed(bootstrapServers)) {
            feed.publish(enterprise, eventId);
            feed.publish(enterprise, eventId);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() > duplicatesBefore);
        assertThat(count("SELECT count(*) FROM known_enterprise WHERE enterprise_id = ?", enterprise.id())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = ?", eventId.toString())).isEqualTo(1);
    }

    @Test
    void anOlderVersionArrivingLateChangesNothing() throws Exception {
        RegistryFeed.Enterprise enterprise = RegistryFeed.Enterprise.association(LocalDate.of(2019, 4, 1), "31");
        RegistryFeed.Enterprise verified = enterprise.next("VERIFIED");
        try (RegistryFeed feed = new RegistryFeed(bootstrapServers)) {
            feed.publish(verified);
            feed.publish(enterprise);
        }
        ProgrammesApi.awaitKnown(dataSource, enterprise.id(), 1, "VERIFIED");
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM processed_event WHERE consumer = 'programmes.registry-projection'", null) >= 2);
        ProgrammesApi.awaitKnown(dataSource, enterprise.id(), 1, "VERIFIED");
    }

    @Test
    void aStruckOffEnterpriseFlagsItsOpenApplications() {
        String call = ProgrammesApi.openCall("REALIS", 3, null);
        RegistryFeed.Enterprise enterprise = RegistryFeed.Enterprise.association(LocalDate.of(2019, 4, 1), "31");
        try (RegistryFeed feed = new RegistryFeed(bootstrapServers)) {
            feed.publish(enterprise);
            ProgrammesApi.awaitKnown(dataSource, enterprise.id(), 0, "REGISTERED");
            String id = ProgrammesApi.apply(call, enterprise.id(), "DEVELOPMENT").then().statusCode(201).extract().path("id");
            feed.publish(enterprise.next("STRUCK_OFF"));
            await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(io.restassured.RestAssured.given()
                    .get(ProgrammesApi.APPLICATIONS + "/{id}", id).path("enterpriseStruckOff")));
        }
    }

    private double duplicates() {
        var counter = registry.find("essor.inbox.duplicates").tag("consumer", RegistryProjection.CONSUMER).counter();
        return counter == null ? 0 : counter.count();
    }

    private long count(String sql, Object parameter) throws Exception {
        try (Connection connection = dataSource.getConnection(); var query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setObject(1, parameter);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
