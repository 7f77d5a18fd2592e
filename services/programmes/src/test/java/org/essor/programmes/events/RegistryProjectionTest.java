package org.essor.programmes.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.events.inbox.IncomingEvent;
import org.essor.persistence.Transactions;
import org.essor.programmes.ConsumerOffsets;
import org.essor.programmes.ProgrammesApi;
import org.essor.testing.kafka.RegistryFeed;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "programme-officer", roles = "programme-officer")
class RegistryProjectionTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    RegistryProjection projection;

    @Inject
    ObjectMapper json;

    @Test
    void aRedeliveredEventIdChangesNothingEvenWithAnotherPayload() throws Exception {
        String call = ProgrammesApi.openCall("REALIS", 3, null);
        RegistryFeed.Enterprise enterprise = RegistryFeed.Enterprise.association(LocalDate.of(2019, 4, 1), "31");
        UUID eventId = UUID.randomUUID();
        try (RegistryFeed feed = new RegistryFeed(bootstrapServers)) {
            RecordMetadata first = feed.publish(enterprise, eventId);
            ProgrammesApi.awaitKnown(dataSource, enterprise.id(), 0, "REGISTERED");
            String application = ProgrammesApi.apply(call, enterprise.id(), "DEVELOPMENT").then().statusCode(201)
                    .extract().path("id");

            // the same event id again, now saying the enterprise was struck off at a newer version: were it applied,
            // the projection would move to version 1 and the open application would be flagged
            RecordMetadata again = feed.publish(enterprise.next("STRUCK_OFF"), eventId);
            ConsumerOffsets.awaitProcessed(bootstrapServers, RegistryProjection.CONSUMER, again);

            assertThat(known(enterprise.id())).isEqualTo("0 REGISTERED 31");
            assertThat(processedOffsets(eventId)).containsExactly(first.offset());
            given().get(ProgrammesApi.APPLICATIONS + "/{id}", application).then().statusCode(200)
                    .body("enterpriseStruckOff", equalTo(false));
        }
    }

    @Test
    void anOlderVersionArrivingLateChangesNothing() throws Exception {
        RegistryFeed.Enterprise enterprise = RegistryFeed.Enterprise.association(LocalDate.of(2019, 4, 1), "31");
        RegistryFeed.Enterprise verified = enterprise.next("VERIFIED");
        UUID late = UUID.randomUUID();
        try (RegistryFeed feed = new RegistryFeed(bootstrapServers)) {
            feed.publish(verified);
            feed.publish(enterprise, late);
        }
        // the inbox records the late event in the transaction of its effect: once its row is there, it was applied
        await().atMost(Duration.ofSeconds(30)).until(() -> !processedOffsets(late).isEmpty());
        assertThat(known(enterprise.id())).isEqualTo("1 VERIFIED 31");
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
            await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(given()
                    .get(ProgrammesApi.APPLICATIONS + "/{id}", id).path("enterpriseStruckOff")));
        }
    }

    @Test
    void aBatchHoldingSeveralVersionsOfAnEnterpriseLeavesItsNewestWhateverTheirOrder() throws Throwable {
        RegistryFeed.Enterprise registered = RegistryFeed.Enterprise.association(LocalDate.of(2019, 4, 1), "31");
        RegistryFeed.Enterprise verified = registered.next("VERIFIED");
        RegistryFeed.Enterprise other = RegistryFeed.Enterprise.association(LocalDate.of(2020, 1, 1), "34");
        List<IncomingEvent> batch = List.of(RegistryFeed.received(verified, 1), RegistryFeed.received(other, 2),
                        RegistryFeed.received(registered, 3)).stream()
                .map(record -> IncomingEvent.from(record, json)).toList();

        VertxContextSupport.subscribeAndAwait(() -> Transactions.inTransaction(() -> projection.applyAll(batch)));

        assertThat(known(registered.id())).isEqualTo("1 VERIFIED 31");
        assertThat(known(other.id())).isEqualTo("0 REGISTERED 34");
    }

    private String known(UUID enterpriseId) throws Exception {
        return KnownEnterpriseRows.of(dataSource, enterpriseId);
    }

    /** The offsets at which the projection's inbox recorded the event (one row per processed event). */
    private List<Long> processedOffsets(UUID eventId) throws Exception {
        try (Connection connection = dataSource.getConnection(); var query = connection.prepareStatement(
                "SELECT kafka_offset FROM processed_event WHERE consumer = ? AND event_id = ?")) {
            query.setString(1, RegistryProjection.CONSUMER);
            query.setString(2, eventId.toString());
            List<Long> offsets = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    offsets.add(row.getLong(1));
                }
            }
            return offsets;
        }
    }
}
