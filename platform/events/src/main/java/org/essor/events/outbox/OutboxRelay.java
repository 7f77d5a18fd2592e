package org.essor.events.outbox;

import java.sql.Connection;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RetriableException;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Publishes the outbox to Kafka, oldest row first, and marks what was sent; wakes on the outbox's
 * {@code LISTEN/NOTIFY} channel (notified after each commit that appended, see {@link OutboxWakeUp}) and polls as a
 * fallback.
 * <p>
 * Each round: renew (or take) the leases of the relay slots, read the claimable rows of the held slots, send them in
 * waves (the oldest unsent row of every aggregate, then the next one of each aggregate whose previous row was
 * acknowledged...), mark what was acknowledged; then read the gauges and, when due, purge. No database transaction
 * stays open while Kafka answers: leases (owner and expiry) keep two relays from sending one aggregate side by side,
 * and a relay that dies or freezes loses its slots when its lease expires.
 * <p>
 * A row the broker refuses (topic missing, not authorised, too large) holds back only its own aggregate: it is tried
 * again after a backoff of its own, and after {@code max-attempts} it is parked until an operator releases it. When
 * the broker does not answer at all, nothing is counted against the rows: the relay backs off and tries again.
 * Delivery is at least once; consumers' inboxes make a second delivery a no-op.
 */
public final class OutboxRelay implements Runnable, AutoCloseable {

    static final String CHANNEL = "essor_outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final DataSource dataSource;
    private final Supplier<Producer<String, byte[]>> producers;
    private final TopicCatalog topics;
    private final OutboxConfig config;
    private final RelayMetrics metrics;
    private final List<Integer> allSlots;
    private volatile boolean closed;
    private volatile boolean started;
    private volatile Runnable afterSend = () -> { };
    private volatile Health health = Health.STARTING;
    private Producer<String, byte[]> producer;
    private Connection listener;
    private Instant nextGaugeReading = Instant.EPOCH;
    private Instant nextPurge = Instant.EPOCH;
    private String lastTrouble;
    private List<Integer> held = List.of();
    private Instant lastClaim;

    /** What the relay last saw, for the {@code kafka} health group. */
    public enum Health { STARTING, PUBLISHING, BROKER_UNAVAILABLE, DATABASE_UNAVAILABLE, STOPPED }

    OutboxRelay(DataSource dataSource, String owner, Supplier<Producer<String, byte[]>> producers, TopicCatalog topics,
                OutboxConfig config, RelayMetrics metrics) {
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The outbox relay's settings do not hold together: " + String.join("; ", problems));
        }
        this.store = new OutboxStore(dataSource, owner);
        this.dataSource = dataSource;
        this.producers = producers;
        this.topics = topics;
        this.config = config;
        this.metrics = metrics;
        this.allSlots = IntStream.range(0, config.slots()).boxed().toList();
    }

    @Override
    public void run() {
        started = true;
        Duration backoff = config.backoffInitial();
        while (!closed) {
            Round round = Round.IDLE;
            try {
                awaitNotificationOrPoll();
                round = drain();
            } catch (SQLException | RuntimeException e) {
                round = databaseTrouble(e);
            }
            housekeeping();
            if (closed) {
                break;
            }
            if (round == Round.TROUBLE) {
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), config.backoffMax());
            } else {
                backoff = config.backoffInitial();
            }
        }
        shutDown();
    }

    /** How a round ended. */
    enum Round { IDLE, SENT, TROUBLE }

    /** Sends what this relay can claim now, until nothing is left or the broker stops answering. */
    Round drain() throws SQLException {
        Round outcome = Round.IDLE;
        while (!closed) {
            List<Integer> held = heldSlots();
            if (held.isEmpty()) {
                health = Health.PUBLISHING;
                return outcome;
            }
            List<OutboxRow> rows = store.claimable(held, config.slots(), config.batchSize());
            if (rows.isEmpty()) {
                health = Health.PUBLISHING;
                return outcome;
            }
            if (!send(rows)) {
                health = Health.BROKER_UNAVAILABLE;
                return Round.TROUBLE;
            }
            health = Health.PUBLISHING;
            outcome = Round.SENT;
            if (rows.size() < config.batchSize()) {
                return outcome;
            }
        }
        return outcome;
    }

    /**
     * Sends the rows in waves and records what came of each. Returns false when the broker did not answer, in which
     * case the rows not acknowledged stay as they were.
     */
    private boolean send(List<OutboxRow> rows) throws SQLException {
        Map<String, Deque<OutboxRow>> pending = new LinkedHashMap<>();
        for (OutboxRow row : rows) {
            pending.computeIfAbsent(row.aggregateId(), key -> new ArrayDeque<>()).add(row);
        }
        List<Long> sent = new ArrayList<>(rows.size());
        boolean brokerAnswers = true;
        Instant leaseRenewed = Instant.now();
        try {
            while (!pending.isEmpty() && brokerAnswers && !closed) {
                if (Duration.between(leaseRenewed, Instant.now()).compareTo(config.leaseDuration().dividedBy(3)) > 0) {
                    if (claim().isEmpty()) {
                        break; // another relay has taken over; what is not marked sent here, it sends
                    }
                    leaseRenewed = Instant.now();
                }
                brokerAnswers = sendWave(pending, sent);
                pending.values().removeIf(Deque::isEmpty);
            }
        } finally {
            afterSend.run();
            store.markSent(sent);
            metrics.published(sent.size());
        }
        return brokerAnswers;
    }

    /** Sends the next row of every pending aggregate; false when the broker did not answer. */
    private boolean sendWave(Map<String, Deque<OutboxRow>> pending, List<Long> sent) throws SQLException {
        List<OutboxRow> wave = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        Producer<String, byte[]> kafka = producer();
        for (var aggregate : List.copyOf(pending.entrySet())) {
            OutboxRow row = aggregate.getValue().peek();
            switch (topics.lookUp(row.topic())) {
                case NO_ANSWER -> {
                    return false;
                }
                case MISSING -> {
                    refused(row, "topic " + row.topic() + " does not exist");
                    pending.remove(aggregate.getKey());
                }
                case EXISTS -> {
                    aggregate.getValue().poll();
                    wave.add(row);
                    acks.add(kafka.send(row.toRecord()));
                }
            }
        }
        kafka.flush();
        boolean brokerAnswers = true;
        for (int i = 0; i < wave.size(); i++) {
            OutboxRow row = wave.get(i);
            try {
                acks.get(i).get();
                sent.add(row.id());
            } catch (ExecutionException e) {
                pending.remove(row.aggregateId());
                Throwable cause = e.getCause();
                if (cause instanceof RetriableException) {
                    brokerAnswers = false; // not the row's fault: the round ends and the relay backs off
                    lastTrouble = cause.toString();
                } else {
                    if (cause instanceof ProducerFencedException || cause instanceof AuthenticationException) {
                        closeProducer();
                    }
                    refused(row, cause.toString());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closed = true;
                return false;
            }
        }
        return brokerAnswers;
    }

    /** The broker refused this row: it and its aggregate wait their own backoff, or it is parked. */
    private void refused(OutboxRow row, String reason) throws SQLException {
        int attempts = row.attempts() + 1;
        boolean park = attempts >= config.maxAttempts();
        store.recordFailure(row.id(), reason, rowBackoff(attempts), park);
        metrics.refused();
        if (park) {
            LOG.errorf("Outbox event %s (%s, aggregate %s) parked after %d failed sends: %s. Its aggregate's later "
                            + "events wait; release it once the cause is fixed.", row.eventId(), row.eventType(),
                    row.aggregateId(), attempts, reason);
        } else {
            LOG.warnf("Outbox event %s (%s) not published (attempt %d of %d): %s", row.eventId(), row.eventType(),
                    attempts, config.maxAttempts(), reason);
        }
    }

    private Duration rowBackoff(int attempts) {
        Duration backoff = config.backoffInitial();
        for (int i = 1; i < attempts && backoff.compareTo(config.backoffMax()) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return min(backoff, config.backoffMax());
    }

    /** Gauges and purge run every round, whatever the round did, each on its own. */
    private void housekeeping() {
        Instant now = Instant.now();
        if (!now.isBefore(nextGaugeReading)) {
            nextGaugeReading = now.plus(config.gaugeInterval());
            try {
                metrics.backlog(store.backlog());
            } catch (SQLException | RuntimeException e) {
                metrics.backlogUnknown();
                LOG.debugf("Outbox gauges not read: %s", e.getMessage());
            }
        }
        if (!now.isBefore(nextPurge)) {
            nextPurge = now.plus(config.purgeInterval());
            try {
                purge();
            } catch (SQLException | RuntimeException e) {
                nextPurge = now.plus(config.backoffMax());
                LOG.debugf("Outbox purge postponed: %s", e.getMessage());
            }
        }
    }

    /** Deletes sent rows older than the retention in bounded batches, if this relay holds the purge lease. */
    public int purge() throws SQLException {
        if (store.claim(List.of(OutboxStore.PURGE_SLOT), config.purgeInterval()).isEmpty()) {
            return 0;
        }
        int purged = 0;
        int batch;
        do {
            batch = store.purgeBatch(config.retention(), config.purgeBatchSize());
            purged += batch;
        } while (batch == config.purgeBatchSize() && !closed);
        if (purged > 0) {
            LOG.debugf("Purged %d sent outbox rows", purged);
        }
        return purged;
    }

    OutboxStore store() {
        return store;
    }

    public Health health() {
        return health;
    }

    public String lastTrouble() {
        return lastTrouble;
    }

    /**
     * The slots this relay holds: claimed again (renewing its leases, taking free or expired ones) only once a third of
     * the lease has passed since the last claim. A round every few milliseconds under load would otherwise rewrite
     * every lease row each time, a committed write per round for nothing; a lease claimed less than a third of its
     * duration ago has two thirds left, more than a round can last (the delivery timeout is shorter than the lease).
     */
    private List<Integer> heldSlots() throws SQLException {
        if (lastClaim == null || Duration.between(lastClaim, Instant.now()).compareTo(config.leaseDuration().dividedBy(3)) > 0) {
            claim();
        }
        return held;
    }

    private List<Integer> claim() throws SQLException {
        Instant now = Instant.now();
        held = store.claim(allSlots, config.leaseDuration());
        lastClaim = now;
        return held;
    }

    private Round databaseTrouble(Exception e) {
        lastClaim = null; // claim again before sending anything
        if (closed) {
            return Round.IDLE;
        }
        health = Health.DATABASE_UNAVAILABLE;
        lastTrouble = e.toString();
        LOG.warnf("Outbox relay cannot reach its database (%s); trying again", e.getMessage());
        closeListener();
        return Round.TROUBLE;
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

    private void closeListener() {
        if (listener != null) {
            try {
                listener.close();
            } catch (SQLException ignored) {
                // a broken connection is being replaced anyway
            }
            listener = null;
        }
    }

    private void shutDown() {
        health = Health.STOPPED;
        try {
            store.releaseLeases();
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("Outbox leases left to expire: %s", e.getMessage());
        }
        closeProducer();
        closeListener();
        topics.close();
    }

    /** For fault-injection tests: runs after a batch is sent and before it is marked sent. */
    void afterSend(Runnable hook) {
        this.afterSend = hook;
    }

    /** Stops the relay: its thread ends after the current round; a relay never run gives up its leases now. */
    @Override
    public void close() {
        closed = true;
        if (!started) {
            shutDown();
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis()); // back-off between rounds while Kafka or PostgreSQL is away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
