package org.essor.financing.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.financing.FinancingApi;
import org.essor.financing.app.ArrearsWatch;
import org.essor.testing.kafka.EventEnvelopes;
import org.essor.testing.kafka.RegistryFeed;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;

/** Every event type of the service's two topics, read back from the real broker and checked against its schema. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "finance-officer", roles = "finance-officer")
class PublishedEventsTest {

    static final String APPLICATION = "essor.financing.application.";
    static final String PAYMENT = "essor.financing.payment.";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ArrearsWatch arrears;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everyEventIsPublishedWithTheFinancingEnvelopeAndValidatesAgainstItsSchema() {
        RegistryFeed.Enterprise association = RegistryFeed.Enterprise.association(LocalDate.of(2020, 9, 1), "46");
        FinancingApi.known(dataSource, bootstrapServers, association);

        String loan = FinancingApi.draft(association.id(), "PRET_HONNEUR_ENTREPRENDRE", "24000", null);
        FinancingApi.toCommittee(loan);
        FinancingApi.transition(loan, "approval", "{\"grantedAmount\":24000}").then().statusCode(200);
        // started three months ago: instalments 1 and 2 fell due, the first is repaid, the second missed
        LocalDate start = LocalDate.now().minusMonths(3);
        FinancingApi.transition(loan, "contract", "{\"repayment\":{\"startsOn\":\"" + start + "\",\"durationMonths\":24,"
                + "\"deferralMonths\":0,\"periodicity\":\"MONTHLY\"}}").then().statusCode(200);
        FinancingApi.transition(loan, "disbursements", "{\"amount\":24000,\"paidOn\":\"" + start + "\"}").then().statusCode(200);
        FinancingApi.transition(loan, "repayments", "{\"amount\":1000,\"receivedOn\":\"" + start.plusMonths(1) + "\"}")
                .then().statusCode(200);
        runArrearsWatch();

        String guarantee = FinancingApi.draft(association.id(), "GARANTIE_SOGAMA", null,
                "\"guaranteedLoan\":{\"amount\":40000,\"lender\":\"Crédit Coopératif\",\"rate\":70}");
        FinancingApi.toCommittee(guarantee);
        FinancingApi.transition(guarantee, "approval", "{\"grantedAmount\":28000}").then().statusCode(200);
        FinancingApi.transition(guarantee, "contract", "{}").then().statusCode(200);
        String claim = FinancingApi.transition(guarantee, "guarantee-claims",
                "{\"outstandingBalance\":20000,\"calledOn\":\"2026-05-04\"}").then().statusCode(200)
                .extract().path("guaranteeClaims[0].id");
        FinancingApi.transition(guarantee, "guarantee-claims/" + claim + "/payment", "{\"amount\":14000,\"paidOn\":\"2026-06-01\"}")
                .then().statusCode(200);

        String rejected = FinancingApi.draft(association.id(), "FONDS_CONFIANCE", "9000", null);
        FinancingApi.toCommittee(rejected);
        FinancingApi.transition(rejected, "rejection", "{\"motivation\":\"Hors critères\"}").then().statusCode(200);
        String closed = FinancingApi.draft(association.id(), "FONDS_CONFIANCE", "9000", null);
        FinancingApi.transition(closed, "submission", null).then().statusCode(200);
        FinancingApi.transition(closed, "closure", "{\"reason\":\"Sans suite\"}").then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> events = new ArrayList<>();
        events.addAll(readBack("financing.application.v1", loan, APPLICATION, "submitted", "approved"));
        events.addAll(readBack("financing.application.v1", guarantee, APPLICATION, "submitted", "approved"));
        events.addAll(readBack("financing.application.v1", rejected, APPLICATION, "submitted", "rejected"));
        events.addAll(readBack("financing.application.v1", closed, APPLICATION, "submitted", "closed"));
        List<ConsumerRecord<String, byte[]>> payments = readBack("financing.payment.v1", loan, PAYMENT, "disbursed",
                "repayment-received", "repayment-missed");
        events.addAll(payments);
        events.addAll(readBack("financing.payment.v1", guarantee, PAYMENT, "guarantee-called", "guarantee-paid"));

        EventEnvelopes.assertPublishedBy("financing", events);
        assertThat(TopicReader.value(payments.get(2))).contains("\"instalment\":2").contains("\"departement\":\"46\"")
                .contains("\"kind\":\"HONOUR_LOAN\"");
        String approved = TopicReader.value(events.get(1));
        assertThat(approved).contains("\"grantedAmount\":24000.00").contains("\"jobsToCreate\":2")
                .contains("\"provider\":\"Réseau Entreprendre\"").doesNotContain("Claire");
    }

    private List<ConsumerRecord<String, byte[]>> readBack(String topic, String key, String prefix, String... actions) {
        return EventEnvelopes.readBack(bootstrapServers, topic, key, prefix, actions);
    }

    /** The arrears watch's round, on a Vert.x context as the scheduler runs it; the number of instalments marked. */
    private Integer runArrearsWatch() {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> arrears.run());
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
