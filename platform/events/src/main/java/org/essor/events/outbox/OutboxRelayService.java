package org.essor.events.outbox;

import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.persistence.PlatformSchemaMigrator;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/** Runs this instance's {@link OutboxRelay} on a thread of its own, from start-up to shutdown. */
@Singleton
public class OutboxRelayService {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "essor.service")
    String service;

    private OutboxRelay relay;
    private Thread thread;

    void onStart(@Observes @Priority(PlatformSchemaMigrator.MIGRATION_PRIORITY + 10) StartupEvent event) {
        if (!config.relayEnabled()) {
            return;
        }
        relay = newRelay();
        thread = new Thread(relay, "essor-outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        if (relay != null) {
            relay.close();
            thread.join(config.pollInterval().toMillis() + 1_000);
            if (thread.isAlive()) { // backing off: no need to wait for the end of the pause
                thread.interrupt();
                thread.join(2_000);
            }
        }
    }

    /** A relay on this service's outbox and broker; tests start extra ones to compete with the running one. */
    public OutboxRelay newRelay() {
        return newRelay(bootstrapServers);
    }

    public OutboxRelay newRelay(String kafkaBootstrapServers) {
        Map<String, Object> settings = new HashMap<>(OutboxRelay.producerSettings(kafkaBootstrapServers,
                service + "-outbox-relay", config.deliveryTimeout()));
        return new OutboxRelay(dataSource, () -> (Producer<String, byte[]>) new KafkaProducer<String, byte[]>(settings),
                config, new RelayMetrics(registry));
    }

    public OutboxRelay running() {
        return relay;
    }
}
