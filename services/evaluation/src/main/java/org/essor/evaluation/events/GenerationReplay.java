package org.essor.evaluation.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.evaluation.app.GenerationStore;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Rebuilds the facts from offset zero of the seven streams into a new generation while the serving one keeps
 * answering, then switches readers to it in one transaction and deletes the old one.
 * <p>
 * Why nothing is missed: the streams' consumers write every event into the new generation from the moment it exists,
 * and the replay reads each partition from offset zero up to its end as it was just after that moment. Facts merge in
 * any order and any number of times (see {@code FactTable}), so the events both write change nothing more. The replay
 * reads under a consumer of its own, in one transaction per batch of up to {@code essor.evaluation.replay.batch}
 * records that also moves its positions ({@link ReplayWriter}), so a restarted service resumes it where it stopped.
 * One replica replays at a time: it holds the generation's lease, renewed at every batch. A batch is read from Kafka and
 * turned into facts while the one before it is being written.
 */
@ApplicationScoped
public class GenerationReplay {

    private static final Logger LOG = Logger.getLogger(GenerationReplay.class);
    private static final Duration LEASE = Duration.ofSeconds(60);

    @Inject
    ReplayWriter writer;

    @Inject
    GenerationStore store;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "essor.evaluation.replay.batch", defaultValue = "5000")
    int batch;

    private final String replica = UUID.randomUUID().toString();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "evaluation-replay");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService batchWriter = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "evaluation-replay-writer");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    /** Starts a replay into a new generation; refused while one is being built. */
    public Uni<GenerationStore.Generation> start(String requestedBy) {
        return store.create(requestedBy, replica, LEASE).invoke(generation -> worker.submit(() -> run(generation.number())));
    }

    /** A replay a stopped replica left takes up where its positions say, once its lease has run out. */
    void resume(@Observes StartupEvent started) {
        worker.submit(() -> {
            try {
                Integer building = VertxContextSupport.subscribeAndAwait(() -> store.takeOver(replica, LEASE));
                if (building != null) {
                    LOG.infof("Resuming the replay into generation %d", building);
                    run(building);
                }
            } catch (Throwable failure) {
                LOG.warnf("No replay resumed: %s", failure.toString());
            }
        });
    }

    void stop(@Observes ShutdownEvent stopped) {
        stopping = true;
    }

    @PreDestroy
    void close() {
        stopping = true;
        worker.shutdownNow();
        batchWriter.shutdownNow();
    }

    private void run(int generation) {
        String consumer = "evaluation.replay-" + generation;
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(properties())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : SourceFacts.TOPICS) {
                kafka.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            kafka.assign(partitions);
            Map<TopicPartition, Long> ends = VertxContextSupport.subscribeAndAwait(() ->
                    store.replayEnds(generation, () -> kafka.endOffsets(partitions)));
            Map<TopicPartition, Long> positions = VertxContextSupport.subscribeAndAwait(() -> store.positions(consumer));
            for (TopicPartition partition : partitions) {
                kafka.seek(partition, positions.getOrDefault(partition, 0L));
            }
            long replayed = 0;
            CompletableFuture<Boolean> writing = CompletableFuture.completedFuture(true);
            while (!stopping) {
                List<TopicPartition> done = partitions.stream()
                        .filter(partition -> kafka.position(partition) >= ends.getOrDefault(partition, 0L)).toList();
                kafka.pause(done);
                if (done.size() == partitions.size()) {
                    break;
                }
                List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
                kafka.poll(Duration.ofSeconds(1)).forEach(records::add);
                ReplayWriter.Batch batch = writer.prepare(generation, records);
                if (!writing.join()) {
                    leaseLost(generation);
                    return;
                }
                replayed += batch.size();
                writing = write(consumer, batch, replayed);
            }
            if (!writing.join()) {
                leaseLost(generation);
                return;
            }
            if (stopping) {
                return;
            }
            VertxContextSupport.subscribeAndAwait(() -> store.switchTo(generation, consumer));
            LOG.infof("Generation %d serves, rebuilt from %d events", generation, replayed);
            for (Integer retired : VertxContextSupport.subscribeAndAwait(store::retired)) {
                VertxContextSupport.subscribeAndAwait(() -> store.delete(retired));
            }
        } catch (Throwable failure) {
            if (!stopping) {
                LOG.errorf(failure, "The replay into generation %d stopped; it resumes when the service starts again", generation);
            }
        }
    }

    private static void leaseLost(int generation) {
        LOG.warnf("The replay into generation %d has passed to another replica or was abandoned", generation);
    }

    /**
     * Writes the batch on the writer's thread while the next one is read and prepared; answers whether this replica
     * still held the lease.
     */
    private CompletableFuture<Boolean> write(String consumer, ReplayWriter.Batch batch, long replayed) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return VertxContextSupport.subscribeAndAwait(() -> writer.apply(consumer, replica, LEASE, replayed, batch));
            } catch (Throwable failure) {
                throw new CompletionException(failure);
            }
        }, batchWriter);
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(batch));
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "evaluation-replay-" + replica);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return properties;
    }
}
