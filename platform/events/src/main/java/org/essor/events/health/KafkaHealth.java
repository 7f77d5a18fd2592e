package org.essor.events.health;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.essor.events.inbox.ConsumerStates;
import org.essor.events.outbox.OutboxRelay;
import org.essor.events.outbox.OutboxRelayService;

import io.smallrye.health.api.HealthGroup;

/**
 * The {@code kafka} health group ({@code /q/health/group/kafka}): the broker, the outbox relay and the inbox
 * consumers. Not part of readiness: with Kafka away the API keeps serving and events wait in the outbox.
 */
@HealthGroup("kafka")
@ApplicationScoped
public class KafkaHealth implements HealthCheck {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OutboxRelayService relays;

    @Inject
    ConsumerStates consumers;

    private Admin admin;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Kafka").withData("bootstrap.servers", bootstrapServers);
        boolean up = true;
        try {
            response.withData("cluster.id", admin().describeCluster().clusterId().get(1, TimeUnit.SECONDS));
        } catch (Exception e) {
            up = false;
            response.withData("broker", "not answering: " + e.getMessage());
        }
        OutboxRelay relay = relays.running();
        if (relay != null) {
            response.withData("relay", relay.health().name());
            if (relay.health() == OutboxRelay.Health.BROKER_UNAVAILABLE || relay.health() == OutboxRelay.Health.DATABASE_UNAVAILABLE) {
                up = false;
                response.withData("relay.trouble", String.valueOf(relay.lastTrouble()));
            }
        }
        for (var consumer : consumers.all().entrySet()) {
            if (consumer.getValue().degraded()) {
                up = false;
                response.withData("consumer." + consumer.getKey(), "retrying since " + consumer.getValue().retryingSince()
                        + ": " + consumer.getValue().lastFailure());
            } else {
                response.withData("consumer." + consumer.getKey(), "flowing");
            }
        }
        return response.status(up).build();
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers,
                    "client.id", "essor-health",
                    "request.timeout.ms", "1000",
                    "default.api.timeout.ms", "1000"));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
