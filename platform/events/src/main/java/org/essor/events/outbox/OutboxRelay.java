package org.essor.events.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.essor.events.envelope.CloudEventHeaders;
import org.essor.events.envelope.EventType;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Publishes the outbox to Kafka: oldest unsent row first, marks what was sent, wakes on the outbox's
 * {@code LISTEN/NOTIFY} channel and polls as a fallback.
 * <p>
 * Ordering across replicas: aggregates are hashed into {@code slots}; a relay takes a slot's PostgreSQL advisory
 * lock for the length of one transaction, so no two relays ever send events of one aggregate at the same time,
 * and each sends a slot's rows in append order. A send that fails leaves its row, and every later one of its aggregate, unsent
 * (no later row of the same aggregate is sent in that round); the relay backs off and starts again from the
 * oldest unsent row. Delivery is at least once: a relay that dies between sending and marking sends again,
 * and consumers' inboxes make the second delivery a no-op.
 */
public final class OutboxRelay implements Runnable, AutoCloseable {

    static final String CHANNEL = "essor_outbox";
    private static final int LOCK_NAMESPACE = 0x6573736f; // "esso"
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final String SELECT_SLOT = """
            SELECT id, event_id, topic, event_type, aggregate_id, aggregate_version, occurred_at, traceparent, payload
            FROM outbox
            WHERE sent_at IS NULL AND (hashtext(aggregate_id) & 2147483647) %% %d = ?
            ORDER BY id
            LIMIT ?""";

    private final DataSource dataSource;
    private final Supplier<Producer<String, byte[]>> producers;
    private final OutboxConfig config;
    private final RelayMetrics metrics;
    private final String selectSlot;
    private volatile boolean closed;
    private volatile Runnable afterSend = () -> { };
    private Producer<String, byte[]> producer;
    private Connection listener;
    private Instant nextPurge = Instant.EPOCH;
    private Instant nextBacklogReading = Instant.EPOCH;

    public OutboxRelay(DataSource dataSource, Supplier<Producer<String, byte[]>> producers, OutboxConfig config,
                       RelayMetrics metrics) {
        this.dataSource = dataSource;
        this.producers = producers;
        this.config = config;
        this.metrics = metrics;
        this.selectSlot = SELECT_SLOT.formatted(config.slots());
    }

    @Override
    public void run() {
        Duration backoff = config.backoffInitial();
        while (!closed) {
            try {
                awaitNotificationOrPoll();
                drain();
                housekeeping();
                backoff = config.backoffInitial();
            } catch (RuntimeException | SQLException e) {
                if (closed) {
                    break;
                }
                LOG.warnf("Outbox relay failed (%s); retrying in %s", e.getMessage(), backoff);
                resetConnections();
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), config.backoffMax());
            }
        }
        resetConnections();
    }

    /** Sends every unsent row this relay can lock now. Returns the number of rows sent. */
    public int drain() throws SQLException {
        int total = 0;
        for (int slot = 0; slot < config.slots(); slot++) {
            int sent;
            do {
                sent = relaySlot(slot);
                total += sent;
            } while (sent == config.batchSize() && !closed);
        }
        return total;
    }

    private int relaySlot(int slot) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLockSlot(connection, slot)) {
                    connection.rollback();
                    return 0;
                }
                List<OutboxRow> rows = unsentRows(connection, slot);
                if (rows.isEmpty()) {
                    connection.rollback();
                    return 0;
                }
                SendResult result = send(rows);
                afterSend.run();
                markSent(connection, result.sentIds());
                recordFailures(connection, result.failures());
                connection.commit();
                metrics.published(result.sentIds().size());
                if (!result.failures().isEmpty()) {
                    var first = result.failures().entrySet().iterator().next();
                    throw new RelayException(result.failures().size() + " outbox rows not published, first " + first.getKey(),
                            first.getValue());
                }
                return rows.size();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
        }
    }

    private boolean tryLockSlot(Connection connection, int slot) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, LOCK_NAMESPACE);
            lock.setInt(2, slot);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private List<OutboxRow> unsentRows(Connection connection, int slot) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(selectSlot)) {
            select.setInt(1, slot);
            select.setInt(2, config.batchSize());
            try (ResultSet result = select.executeQuery()) {
                List<OutboxRow> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(OutboxRow.from(result));
                }
                return rows;
            }
        }
    }

    /**
     * Sends in waves: the oldest unsent row of every aggregate, then the next one of each aggregate whose previous
     * row was acknowledged, and so on. A failed row stops its aggregate for this round, so no later event of that
     * aggregate can reach Kafka before it, while the other aggregates go on.
     */
    private SendResult send(List<OutboxRow> rows) {
        Map<String, Deque<OutboxRow>> pending = new LinkedHashMap<>();
        for (OutboxRow row : rows) {
            pending.computeIfAbsent(row.aggregateId(), key -> new ArrayDeque<>()).add(row);
        }
        List<Long> sent = new ArrayList<>(rows.size());
        Map<Long, Throwable> failed = new LinkedHashMap<>();
        Producer<String, byte[]> kafka = producer();
        while (!pending.isEmpty()) {
            List<OutboxRow> wave = pending.values().stream().map(Deque::poll).toList();
            List<Future<RecordMetadata>> acks = wave.stream().map(row -> kafka.send(row.toRecord())).toList();
            kafka.flush();
            for (int i = 0; i < wave.size(); i++) {
                OutboxRow row = wave.get(i);
                try {
                    acks.get(i).get();
                    sent.add(row.id());
                } catch (ExecutionException e) {
                    failed.put(row.id(), e.getCause());
                    pending.remove(row.aggregateId());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed.put(row.id(), e);
                    pending.remove(row.aggregateId());
                }
            }
            pending.values().removeIf(Deque::isEmpty);
        }
        if (!failed.isEmpty()) {
            closeProducer(); // a fresh producer after a failure: new connection, new idempotence epoch
        }
        return new SendResult(sent, failed);
    }

    private void markSent(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY (?)")) {
            update.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            update.executeUpdate();
        }
    }

    private void recordFailures(Connection connection, Map<Long, Throwable> failures) throws SQLException {
        if (failures.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?")) {
            for (var failure : failures.entrySet()) {
                update.setString(1, String.valueOf(failure.getValue()));
                update.setLong(2, failure.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void housekeeping() throws SQLException {
        Instant now = Instant.now();
        if (now.isAfter(nextBacklogReading)) {
            readBacklog();
            nextBacklogReading = now.plusSeconds(5);
        }
        if (now.isAfter(nextPurge)) {
            purge();
            nextPurge = now.plus(config.purgeInterval());
        }
    }

    private void readBacklog() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT count(*), min(created_at) FROM outbox WHERE sent_at IS NULL")) {
            result.next();
            var oldest = result.getTimestamp(2);
            metrics.backlog(result.getLong(1),
                    oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), Instant.now()));
        }
    }

    /** Deletes sent rows older than the retention; returns how many. */
    public int purge() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < now() - ? * interval '1 second'")) {
            delete.setLong(1, config.retention().toSeconds());
            int purged = delete.executeUpdate();
            if (purged > 0) {
                LOG.debugf("Purged %d sent outbox rows", purged);
            }
            return purged;
        }
    }

    private void awaitNotificationOrPoll() throws SQLException {
        if (listener == null) {
            listener = dataSource.getConnection();
            listener.setAutoCommit(true);
            try (Statement listen = listener.createStatement()) {
                listen.execute("LISTEN " + CHANNEL);
            }
        }
        // Returns on the first commit notification, or after the poll interval with none.
        listener.unwrap(PGConnection.class).getNotifications((int) config.pollInterval().toMillis());
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = producers.get();
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(1));
            } catch (RuntimeException e) {
                LOG.debug("Closing the outbox producer failed", e);
            }
            producer = null;
        }
    }

    private void resetConnections() {
        closeProducer();
        if (listener != null) {
            try {
                listener.close();
            } catch (SQLException ignored) {
                // a broken connection is being replaced anyway
            }
            listener = null;
        }
    }

    /** For fault-injection tests: runs after a batch is sent and before it is marked sent. */
    void afterSend(Runnable hook) {
        this.afterSend = hook;
    }

    @Override
    public void close() {
        closed = true;
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis()); // back-off between attempts while Kafka or PostgreSQL is away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private record SendResult(List<Long> sentIds, Map<Long, Throwable> failures) {
    }

    private record OutboxRow(long id, UUID eventId, String topic, String eventType, String aggregateId,
                             long aggregateVersion, Instant occurredAt, String traceparent, String payload) {

        static OutboxRow from(ResultSet result) throws SQLException {
            return new OutboxRow(result.getLong("id"), result.getObject("event_id", UUID.class),
                    result.getString("topic"), result.getString("event_type"), result.getString("aggregate_id"),
                    result.getLong("aggregate_version"), result.getTimestamp("occurred_at").toInstant(),
                    result.getString("traceparent"), result.getString("payload"));
        }

        ProducerRecord<String, byte[]> toRecord() {
            return new ProducerRecord<>(topic, null, aggregateId, payload.getBytes(StandardCharsets.UTF_8),
                    CloudEventHeaders.write(eventId, EventType.parse(eventType), aggregateId, aggregateVersion,
                            occurredAt, traceparent));
        }
    }

    /** A send that failed; the rows from it on stay unsent. */
    static final class RelayException extends RuntimeException {
        RelayException(String message, Throwable cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }

    /** Producer settings for exactly this relay: idempotent, acks=all, ordered per partition. */
    public static Map<String, Object> producerSettings(String bootstrapServers, String clientId, Duration deliveryTimeout) {
        int delivery = (int) deliveryTimeout.toMillis();
        return Map.ofEntries(
                Map.entry("bootstrap.servers", bootstrapServers),
                Map.entry("client.id", clientId),
                Map.entry("acks", "all"),
                Map.entry("enable.idempotence", "true"),
                Map.entry("max.in.flight.requests.per.connection", "5"),
                Map.entry("linger.ms", "5"),
                Map.entry("delivery.timeout.ms", Integer.toString(delivery)),
                Map.entry("request.timeout.ms", Integer.toString(Math.min(delivery / 2, 10_000))),
                Map.entry("max.block.ms", Integer.toString(Math.min(delivery / 2, 10_000))),
                Map.entry("key.serializer", "org.apache.kafka.common.serialization.StringSerializer"),
                Map.entry("value.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer"));
    }
}
