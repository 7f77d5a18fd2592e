package org.essor.registry.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essor.testing.kafka.TopicReader.header;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.registry.EnterpriseJson;
import org.essor.registry.RegistryApi;
import org.essor.registry.app.LegalFamilyReconciliation;
import org.essor.testing.contracts.EventSchemas;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * An enterprise stored under the register's older reading of the legal categories (a cooperative bank filed as a
 * commercial company of the ESS) is given its family from INSEE's nomenclature, once, through an {@code updated} event.
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "registry-officer", roles = "registry-officer")
class LegalFamilyReconciliationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    LegalFamilyReconciliation reconciliation;

    @Inject
    Pool database;

    @Test
    void aCooperativeBankFiledAsACommercialCompanyBecomesACooperativeOnce() throws Throwable {
        String id = RegistryApi.registered(EnterpriseJson.scop().with("legalName", "Banque Populaire du Sud")
                .with("legalCategory", "5192").with("nafCode", "64.19Z"));
        RegistryApi.get(id).then().body("legalFamily", org.hamcrest.Matchers.equalTo("COOPERATIVE"))
                .body("cooperativeKind", org.hamcrest.Matchers.equalTo("BANKING"));
        // As the register stored it before it read INSEE's whole nomenclature
        VertxContextSupport.subscribeAndAwait(() -> database.preparedQuery("UPDATE enterprise SET legal_family = "
                        + "'COMMERCIAL_COMPANY', cooperative_kind = NULL, ess_basis = 'COMMERCIAL_ESS_COMPANY' WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(id))));

        assertThat(VertxContextSupport.subscribeAndAwait(reconciliation::run)).isGreaterThanOrEqualTo(1);
        assertThat(VertxContextSupport.subscribeAndAwait(reconciliation::run)).isZero();

        RegistryApi.get(id).then().header("ETag", org.hamcrest.Matchers.equalTo("\"1\""))
                .body("legalFamily", org.hamcrest.Matchers.equalTo("COOPERATIVE"))
                .body("cooperativeKind", org.hamcrest.Matchers.equalTo("BANKING"))
                .body("essBasis", org.hamcrest.Matchers.equalTo("STATUTORY_FAMILY"));
        List<ConsumerRecord<String, byte[]>> events = new TopicReader(bootstrapServers)
                .readKey(RegistryEvents.TOPIC, id, 2, Duration.ofSeconds(30));
        assertThat(events).extracting(record -> header(record, "ce_type"))
                .containsExactly("essor.registry.enterprise.registered.v1", "essor.registry.enterprise.updated.v1");
        EventSchemas.assertValid(header(events.get(1), "ce_type"), TopicReader.value(events.get(1)));
        assertThat(TopicReader.value(events.get(1)))
                .contains("\"changedFields\":[\"legalFamily\",\"cooperativeKind\",\"essBasis\"]")
                .contains("\"legalFamily\":\"COOPERATIVE\"");
    }
}
