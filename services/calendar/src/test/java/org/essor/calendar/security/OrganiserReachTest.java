package org.essor.calendar.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.calendar.CalendarApi;
import org.essor.testing.kafka.RegistryFeed;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.essor.testing.quarkus.SharedKeycloak;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * With the realm's real tokens: an enterprise submits events that its own enterprise organises and manages them; a
 * partner manages what its own client submitted; another organiser's draft and registrations answer the same 404 as
 * unknown ones.
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class OrganiserReachTest {

    static final String OWN_SIREN = "552081317";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anOrganiserManagesItsOwnEventsOnly() {
        RegistryFeed.Enterprise own = RegistryFeed.Enterprise.association(LocalDate.of(2015, 1, 1), "31").withSiren(OWN_SIREN);
        try (RegistryFeed feed = new RegistryFeed(bootstrapServers)) {
            feed.publish(own);
        }
        RegistryFeed.awaitKnown(dataSource, own.id(), 0, "REGISTERED");
        String enterprise = SharedKeycloak.tokenOf("enterprise");
        String mine = as(enterprise).contentType("application/json").body(CalendarApi.eventJson("Portes ouvertes", 10,
                        "\"organiserEnterpriseId\":\"" + own.id() + "\"")).post(CalendarApi.EVENTS)
                .then().statusCode(201).extract().path("id");
        as(enterprise).header("If-Match", "\"0\"").post(CalendarApi.EVENTS + "/" + mine + "/submission").then().statusCode(200);
        as(enterprise).header("If-Match", "\"1\"").post(CalendarApi.EVENTS + "/" + mine + "/publication").then().statusCode(403);

        String other = SharedKeycloak.tokenOf("enterprise-2");
        as(other).get(CalendarApi.EVENTS + "/" + mine).then().statusCode(404);
        as(other).header("If-Match", "\"1\"").contentType("application/json").body("{\"reason\":\"x\"}")
                .post(CalendarApi.EVENTS + "/" + mine + "/cancellation").then().statusCode(404);
        as(other).get(CalendarApi.EVENTS + "/" + mine + "/registrations").then().statusCode(404);
        // an enterprise cannot name another enterprise as the organiser
        as(other).contentType("application/json").body(CalendarApi.eventJson("Usurpation", 10,
                "\"organiserEnterpriseId\":\"" + own.id() + "\"")).post(CalendarApi.EVENTS).then().statusCode(422);

        String officer = SharedKeycloak.tokenOf("events-officer");
        as(officer).header("If-Match", "\"1\"").post(CalendarApi.EVENTS + "/" + mine + "/publication").then().statusCode(200);
        CalendarApi.register(mine, "Léa", "lea@example.org", "192.0.2.30").then().statusCode(201);
        List<String> names = as(enterprise).get(CalendarApi.EVENTS + "/" + mine + "/registrations").then().statusCode(200)
                .extract().path("items.name");
        assertThat(names).containsExactly("Léa");
        as(other).get(CalendarApi.EVENTS + "/" + mine).then().statusCode(200);

        String partner = SharedKeycloak.get().clientCredentialsToken("essor-partner", "essor-partner-secret");
        String theirs = as(partner).contentType("application/json").body(CalendarApi.eventJson("Forum des associations", null,
                        "\"category\":\"FORUMS_REGIONAUX_ASSOCIATIONS\"")).post(CalendarApi.EVENTS)
                .then().statusCode(201).extract().path("id");
        String otherPartner = SharedKeycloak.get().clientCredentialsToken("essor-partner-2", "essor-partner-2-secret");
        as(otherPartner).get(CalendarApi.EVENTS + "/" + theirs).then().statusCode(404);
        as(otherPartner).get(CalendarApi.EVENTS + "/" + UUID.randomUUID()).then().statusCode(404);
        as(partner).get(CalendarApi.EVENTS + "/" + theirs).then().statusCode(200);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
