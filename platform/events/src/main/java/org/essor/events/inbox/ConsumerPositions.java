package org.essor.events.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * Starts every inbox consumer where its database says it stands: on each partition assignment, each partition is
 * moved to its {@code consumer_position} (from the beginning when there is none), whatever the consumer group
 * committed. The generation read at that moment is what {@link Inbox} checks each event against, so that a rebuild
 * ({@link ConsumerRebuilds}) sends every replica back to offset zero.
 * <p>
 * Every incoming channel uses it ({@code consumer-rebalance-listener.name=essor-inbox}, set for the connector).
 * <p>
 * The generation an event is checked against is the one its partition had when the inbox took the event. A record
 * already handed to the inbox before a rebuild's rebalance but taken after the new assignment would pass that check:
 * a narrow window in which one event of the old pass can be applied ahead of the replay (its own replay is then a
 * duplicate).
 */
@ApplicationScoped
@Identifier(ConsumerPositions.NAME)
public class ConsumerPositions implements KafkaConsumerRebalanceListener {

    public static final String NAME = "essor-inbox";
    private static final Logger LOG = Logger.getLogger(ConsumerPositions.class);
    private static final long REVOKED = -1;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    KafkaClientService kafka;

    private final Map<String, Long> generations = new ConcurrentHashMap<>();

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        String group = consumer.groupMetadata().groupId();
        Duration pause = Duration.ofMillis(200);
        while (true) {
            try {
                seek(consumer, group, partitions);
                return;
            } catch (SQLException e) {
                // The polling thread waits for the database: starting anywhere else could skip or repeat events.
                LOG.warnf("%s: positions not readable (%s); trying again", group, e.getMessage());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : pause.multipliedBy(2);
            }
        }
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        String group = consumer.groupMetadata().groupId();
        partitions.forEach(partition -> generations.put(key(group, partition), REVOKED));
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        onPartitionsRevoked(consumer, partitions);
    }

    /** The generation under which this replica reads the partition now; -1 while it is not assigned. */
    long generation(String consumer, String topic, int partition) {
        return generations.getOrDefault(key(consumer, new TopicPartition(topic, partition)), REVOKED);
    }

    /** Makes every replica's consumer of this group rejoin, so each partition is moved to its stored position. */
    void reseek(String consumer) {
        for (String channel : kafka.getConsumerChannels()) {
            for (var client : kafka.getConsumers(channel)) {
                if (consumer.equals(client.configuration().get("group.id"))) {
                    client.runOnPollingThread(c -> {
                        c.enforceRebalance("the consumer's positions were moved");
                    }).subscribe().with(ignored -> { }, failure -> LOG.warnf("%s: rebalance not requested: %s",
                            consumer, failure.getMessage()));
                }
            }
        }
    }

    private void seek(Consumer<?, ?> consumer, String group, Collection<TopicPartition> partitions) throws SQLException {
        Map<TopicPartition, Long> positions = new HashMap<>();
        long generation;
        try (Connection connection = dataSource.getConnection()) {
            generation = generationOf(connection, group);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT topic, kafka_partition, next_offset FROM consumer_position WHERE consumer = ?")) {
                select.setString(1, group);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        positions.put(new TopicPartition(result.getString(1), result.getInt(2)), result.getLong(3));
                    }
                }
            }
        }
        for (TopicPartition partition : partitions) {
            Long next = positions.get(partition);
            if (next == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, next);
            }
            generations.put(key(group, partition), generation);
        }
        LOG.debugf("%s: %d partitions assigned at generation %d", group, partitions.size(), generation);
    }

    static long generationOf(Connection connection, String consumer) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO consumer_generation (consumer, generation) VALUES (?, 0) ON CONFLICT DO NOTHING")) {
            insert.setString(1, consumer);
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT generation FROM consumer_generation WHERE consumer = ?")) {
            select.setString(1, consumer);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static String key(String group, TopicPartition partition) {
        return group + "|" + partition.topic() + "|" + partition.partition();
    }
}
