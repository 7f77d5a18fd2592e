package org.essor.events.topics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Creates the service's missing topics with unlimited retention (CONVENTIONS: topics keep their whole history).
 * Runs in the background until the broker answers, so a service starts whether or not Kafka is there.
 */
@Singleton
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    @Inject
    TopicsConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private volatile boolean done;
    private volatile boolean stopped;

    void onStart(@Observes StartupEvent event) {
        List<String> names = config.names().orElse(List.of());
        if (!config.createAtStart() || names.isEmpty()) {
            done = true;
            return;
        }
        Thread thread = new Thread(() -> provision(names), "essor-topic-provisioner");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
    }

    /** Whether the service is still creating this topic (so it is missing for now, not for good). */
    public boolean creating(String topic) {
        return !done && config.createAtStart() && config.names().orElse(List.of()).contains(topic);
    }

    private void provision(List<String> names) {
        Duration pause = Duration.ofMillis(500);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers, "client.id", "essor-topic-provisioner",
                "request.timeout.ms", "5000", "default.api.timeout.ms", "5000"))) {
            while (!done && !stopped) {
                try {
                    createMissing(admin, names);
                    done = true;
                } catch (TimeoutException | ExecutionException e) {
                    LOG.debugf("Topics not created yet (%s); trying again", e.getMessage());
                    Thread.sleep(pause.toMillis()); // the broker is away: wait before asking again
                    pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : pause.multipliedBy(2);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void createMissing(Admin admin, List<String> names) throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
        List<NewTopic> missing = names.stream().filter(name -> !existing.contains(name))
                .map(name -> new NewTopic(name, config.partitions(), config.replicationFactor())
                        .configs(Map.of("retention.ms", "-1")))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        for (var created : admin.createTopics(missing).values().entrySet()) {
            try {
                created.getValue().get(5, TimeUnit.SECONDS);
                LOG.infof("Created topic %s", created.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }
}
