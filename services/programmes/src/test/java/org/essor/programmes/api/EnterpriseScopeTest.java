package org.essor.programmes.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.kernel.Actor;
import org.essor.programmes.ProgrammesApi;
import org.essor.testing.kafka.RegistryFeed;
import org.essor.programmes.app.Applications;
import org.essor.programmes.app.CallBoard;
import org.essor.programmes.domain.Criterion;
import org.essor.programmes.domain.EligibilityRules;
import org.essor.programmes.domain.Declarations;
import org.essor.programmes.domain.Stage;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;

/** An enterprise representative applies for, and follows, its own enterprise only. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "enterprise", roles = "enterprise", attributes = @SecurityAttribute(key = "siren", value = EnterpriseScopeTest.OWN))
class EnterpriseScopeTest {

    static final String OWN = "552081317";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CallBoard board;

    @Inject
    Applications applications;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anEnterpriseAppliesForItselfAndSeesOnlyItsOwnApplications() throws Throwable {
        UUID call = VertxContextSupport.subscribeAndAwait(() -> board.open("REALIS", "REALIS " + UUID.randomUUID(), Set.of("31"),
                Instant.now().minusSeconds(3600), Instant.now().plusSeconds(86_400), 5,
                new EligibilityRules(null, null, null, null, false, true), List.of(new Criterion("impact", "Utilité", 1)),
                new Actor("programme-officer"))).id();
        RegistryFeed.Enterprise own = RegistryFeed.Enterprise.association(LocalDate.of(2020, 1, 1), "31").withSiren(OWN);
        RegistryFeed.Enterprise other = RegistryFeed.Enterprise.association(LocalDate.of(2020, 1, 1), "31").withSiren("356000000");
        try (RegistryFeed feed = new RegistryFeed(bootstrapServers)) {
            feed.publish(own);
            feed.publish(other);
        }
        ProgrammesApi.awaitKnown(dataSource, own.id(), 0, "REGISTERED");
        ProgrammesApi.awaitKnown(dataSource, other.id(), 0, "REGISTERED");

        String mine = ProgrammesApi.apply(call.toString(), own.id(), "DEVELOPMENT").then().statusCode(201).extract().path("id");
        ProgrammesApi.apply(call.toString(), other.id(), "DEVELOPMENT").then().statusCode(404)
                .body("detail", equalTo("No enterprise " + other.id() + " is known from the register"));
        UUID theirs = VertxContextSupport.subscribeAndAwait(() -> applications.applyAsEnterprise(call, other.id(),
                new Applications.Project(Stage.DEVELOPMENT, "Projet", null, Declarations.NONE), null, "essor-partner",
                new Actor("partner"))).id();

        given().get(ProgrammesApi.APPLICATIONS + "/{id}", mine).then().statusCode(200).body("reviews", equalTo(null));
        given().get(ProgrammesApi.APPLICATIONS + "/{id}", theirs).then().statusCode(404);
        given().queryParam("callId", call).get(ProgrammesApi.APPLICATIONS).then().statusCode(200)
                .body("items.id", equalTo(List.of(mine))).body("items.enterpriseId", equalTo(List.of(own.id().toString())));
        given().post(ProgrammesApi.APPLICATIONS + "/{id}/review-start", mine).then().statusCode(403);
    }
}
