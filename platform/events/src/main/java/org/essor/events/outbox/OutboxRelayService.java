package org.essor.events.outbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.events.topics.TopicProvisioner;
import org.essor.persistence.PlatformSchemaMigrator;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/** Runs this instance's {@link OutboxRelay} on a thread of its own, from start-up to shutdown; operates parked rows. */
@Singleton
public class OutboxRelayService {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    TopicProvisioner topics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "essor.service")
    String service;

    private final String instance = instanceName();
    private RelayMetrics metrics;
    private OutboxRelay relay;
    private Thread thread;

    void onStart(@Observes @Priority(PlatformSchemaMigrator.MIGRATION_PRIORITY + 10) StartupEvent event) {
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The outbox relay's settings do not hold together: " + String.join("; ", problems));
        }
        if (config.relayEnabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stop();
    }

    /** Starts this instance's relay, unless it runs. */
    public synchronized void start() {
        if (relay != null) {
            return;
        }
        relay = newRelay();
        thread = new Thread(relay, "essor-outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops this instance's relay, giving up its leases. */
    public synchronized void stop() throws InterruptedException {
        if (relay == null) {
            return;
        }
        relay.close();
        thread.join(config.pollInterval().toMillis() + config.deliveryTimeout().toMillis());
        if (thread.isAlive()) { // backing off: no need to wait for the end of the pause
            thread.interrupt();
            thread.join(2_000);
        }
        relay = null;
        thread = null;
    }

    /** A relay on this service's outbox and broker; tests start extra ones to compete with the running one. */
    public OutboxRelay newRelay() {
        return newRelay(bootstrapServers);
    }

    public OutboxRelay newRelay(String kafkaBootstrapServers) {
        String owner = service + "-outbox-relay-" + instance + "-" + UUID.randomUUID().toString().substring(0, 8);
        return newRelay(dataSource, kafkaBootstrapServers, owner, config, metrics(), topics::creating);
    }

    /** A relay outside any container (a relay process of its own, in tests that kill one). */
    public static OutboxRelay newRelay(javax.sql.DataSource dataSource, String kafkaBootstrapServers, String owner,
                                       OutboxConfig config, RelayMetrics metrics,
                                       Predicate<String> topicsBeingCreated) {
        Map<String, Object> settings = new HashMap<>(producerSettings(kafkaBootstrapServers, owner, config));
        Admin admin = Admin.create(Map.of("bootstrap.servers", kafkaBootstrapServers, "client.id", owner + "-topics",
                "request.timeout.ms", Long.toString(config.deliveryTimeout().toMillis()),
                "default.api.timeout.ms", Long.toString(config.deliveryTimeout().toMillis())));
        return new OutboxRelay(dataSource, owner,
                () -> (Producer<String, byte[]>) new KafkaProducer<String, byte[]>(settings),
                new TopicCatalog(admin, config.deliveryTimeout(), topicsBeingCreated), config, metrics);
    }

    public OutboxRelay running() {
        return relay;
    }

    /** Parked rows, oldest first. */
    public List<ParkedEvent> parked(int limit) throws SQLException {
        return new OutboxStore(dataSource, instance).parked(limit);
    }

    /** Releases the parked rows with these event ids (all of them when the list is empty); returns how many. */
    public int release(List<UUID> eventIds) throws SQLException {
        return new OutboxStore(dataSource, instance).release(eventIds);
    }

    private synchronized RelayMetrics metrics() {
        if (metrics == null) {
            metrics = new RelayMetrics(registry);
        }
        return metrics;
    }

    /**
     * Producer settings for exactly this relay: idempotent, acks=all, ordered per partition, compressed, each replica
     * under a client id of its own; sends bounded so that a round ends within the relay's lease.
     */
    static Map<String, Object> producerSettings(String bootstrapServers, String clientId, OutboxConfig config) {
        long delivery = config.deliveryTimeout().toMillis();
        long linger = 5;
        long request = Math.max(1_000, (delivery - linger) / 2);
        return Map.ofEntries(
                Map.entry("bootstrap.servers", bootstrapServers),
                Map.entry("client.id", clientId),
                Map.entry("acks", "all"),
                Map.entry("enable.idempotence", "true"),
                Map.entry("max.in.flight.requests.per.connection", "5"),
                Map.entry("compression.type", config.compression()),
                Map.entry("linger.ms", Long.toString(linger)),
                Map.entry("delivery.timeout.ms", Long.toString(Math.max(delivery, linger + request))),
                Map.entry("request.timeout.ms", Long.toString(request)),
                Map.entry("max.block.ms", Long.toString(Math.min(2_000, request))),
                Map.entry("key.serializer", "org.apache.kafka.common.serialization.StringSerializer"),
                Map.entry("value.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer"));
    }

    private static String instanceName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "localhost";
            }
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
