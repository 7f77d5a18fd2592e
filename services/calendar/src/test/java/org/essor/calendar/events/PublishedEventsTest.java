package org.essor.calendar.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.calendar.CalendarApi;
import org.essor.testing.kafka.EventEnvelopes;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Every event type of the calendar's two topics, read back from the real broker and checked against its schema. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "events-officer", roles = "events-officer")
class PublishedEventsTest {

    static final String EVENT = "essor.calendar.event.";
    static final String REGISTRATION = "essor.calendar.registration.";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everyEventIsPublishedWithTheCalendarEnvelopeAndValidatesAgainstItsSchema() {
        String event = CalendarApi.published(CalendarApi.eventJson("Rencontre Mois de l'ESS", 1, "\"category\":\"MOIS_ESS\""));
        String first = CalendarApi.register(event, "Marie Dupont", "marie@example.org", "192.0.2.40").then().statusCode(201)
                .extract().path("id");
        CalendarApi.register(event, "Nadia Sow", "nadia@example.org", "192.0.2.41").then().statusCode(201);
        given().post(CalendarApi.REGISTRATIONS + "/" + first + "/cancellation").then().statusCode(200);
        List<String> confirmed = given().get(CalendarApi.EVENTS + "/" + event + "/registrations").then()
                .extract().path("items.findAll { it.status == 'CONFIRMED' }.id");
        given().post(CalendarApi.REGISTRATIONS + "/" + confirmed.get(0) + "/attendance").then().statusCode(200);
        given().header("If-Match", CalendarApi.etag(event)).contentType("application/merge-patch+json")
                .body("{\"capacity\":5}").patch(CalendarApi.EVENTS + "/" + event).then().statusCode(200);
        CalendarApi.transition(event, "postponement", "{\"reason\":\"Salle indisponible\"}").then().statusCode(200);
        CalendarApi.transition(event, "cancellation", "{\"reason\":\"Intempéries\"}").then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> events = EventEnvelopes.readBack(bootstrapServers, "calendar.event.v1", event,
                EVENT, "published", "updated", "postponed", "cancelled");
        List<ConsumerRecord<String, byte[]>> registrations = EventEnvelopes.readBack(bootstrapServers,
                "calendar.registration.v1", event, REGISTRATION, "confirmed", "waitlisted", "cancelled", "promoted", "attended");

        // each topic in order of the event's versions
        EventEnvelopes.assertPublishedBy("calendar", events);
        EventEnvelopes.assertPublishedBy("calendar", registrations);
        assertThat(TopicReader.value(registrations.get(3))).contains("\"status\":\"CONFIRMED\"").contains("\"confirmed\":1")
                .contains("\"departement\":\"31\"").doesNotContain("Nadia").doesNotContain("@example.org");
        assertThat(TopicReader.value(events.get(3))).contains("\"status\":\"CANCELLED\"");
    }
}
