package org.essor.events.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * The relay's statements on the outbox tables. Each runs in its own short transaction (auto-commit): nothing here
 * is held open while Kafka answers.
 */
final class OutboxStore {

    /** Buckets of the {@code outbox.bucket} column (see the V3 migration). */
    static final int BUCKETS = 256;
    static final int PURGE_SLOT = -1;

    // Takes the free or expired leases among the slots and renews this relay's own; returns the slots it holds.
    private static final String CLAIM = """
            INSERT INTO outbox_lease (slot, owner, expires_at)
            SELECT slot, ?, now() + ? * interval '1 millisecond' FROM unnest(?::integer[]) AS slot
            ON CONFLICT (slot) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
            WHERE outbox_lease.owner = EXCLUDED.owner OR outbox_lease.expires_at < now()
            RETURNING slot""";

    // The oldest unsent rows of the slot's buckets, leaving out every aggregate whose oldest unsent row is backing
    // off or parked (the NOT EXISTS reads the small outbox_holding index).
    private static final String CLAIMABLE = """
            SELECT id, event_id, topic, event_type, aggregate_id, aggregate_version, occurred_at, traceparent, payload,
                   attempts
            FROM outbox o
            WHERE o.sent_at IS NULL AND o.bucket = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM outbox h
                              WHERE h.sent_at IS NULL AND h.next_attempt_at IS NOT NULL
                                AND h.aggregate_id = o.aggregate_id AND h.id <= o.id
                                AND (h.parked_at IS NOT NULL OR h.next_attempt_at > now()))
            ORDER BY o.id
            LIMIT ?""";

    private final DataSource dataSource;
    private final String owner;

    OutboxStore(DataSource dataSource, String owner) {
        this.dataSource = dataSource;
        this.owner = owner;
    }

    String owner() {
        return owner;
    }

    /** Takes or renews the leases of the slots it can; returns those it holds (none when others hold them all). */
    List<Integer> claim(List<Integer> slots, Duration lease) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setString(1, owner);
            claim.setLong(2, lease.toMillis());
            claim.setArray(3, connection.createArrayOf("integer", slots.toArray()));
            try (ResultSet result = claim.executeQuery()) {
                List<Integer> held = new ArrayList<>();
                while (result.next()) {
                    held.add(result.getInt(1));
                }
                return held;
            }
        }
    }

    /** Gives up every lease of this relay (at shutdown), so that another replica need not wait for expiry. */
    void releaseLeases() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement release = connection.prepareStatement("DELETE FROM outbox_lease WHERE owner = ?")) {
            release.setString(1, owner);
            release.executeUpdate();
        }
    }

    /** The oldest claimable rows of the held slots, in append order. */
    List<OutboxRow> claimable(List<Integer> heldSlots, int slots, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(CLAIMABLE)) {
            select.setArray(1, bucketsOf(connection, heldSlots, slots));
            select.setInt(2, limit);
            try (ResultSet result = select.executeQuery()) {
                List<OutboxRow> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(OutboxRow.from(result));
                }
                return rows;
            }
        }
    }

    void markSent(Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE outbox SET sent_at = now(), attempts = attempts + 1, next_attempt_at = NULL
                     WHERE id = ANY (?) AND sent_at IS NULL""")) {
            update.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            update.executeUpdate();
        }
    }

    /** Records a failed send: the row (and so its aggregate) waits {@code retryIn}, or is parked. */
    void recordFailure(long id, String error, Duration retryIn, boolean park) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE outbox SET attempts = attempts + 1, last_error = ?,
                            next_attempt_at = now() + ? * interval '1 millisecond',
                            parked_at = CASE WHEN ? THEN now() ELSE NULL END
                     WHERE id = ? AND sent_at IS NULL""")) {
            update.setString(1, error);
            update.setLong(2, retryIn.toMillis());
            update.setBoolean(3, park);
            update.setLong(4, id);
            update.executeUpdate();
        }
    }

    /** Backlog figures, every one read through an index. */
    Backlog backlog() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT (SELECT count(*) FROM outbox WHERE sent_at IS NULL),
                            (SELECT created_at FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT 1),
                            (SELECT count(*) FROM outbox WHERE sent_at IS NULL AND next_attempt_at IS NOT NULL
                                                           AND parked_at IS NOT NULL),
                            now()""");
             ResultSet result = statement.executeQuery()) {
            result.next();
            Timestamp oldest = result.getTimestamp(2);
            Instant now = result.getTimestamp(4).toInstant();
            return new Backlog(result.getLong(1), oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now),
                    result.getLong(3));
        }
    }

    /** Deletes one batch of sent rows older than the retention; returns how many. */
    int purgeBatch(Duration retention, int batch) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("""
                     DELETE FROM outbox WHERE id IN (
                         SELECT id FROM outbox
                         WHERE sent_at IS NOT NULL AND sent_at < now() - ? * interval '1 second'
                         ORDER BY sent_at LIMIT ?)""")) {
            delete.setLong(1, retention.toSeconds());
            delete.setInt(2, batch);
            return delete.executeUpdate();
        }
    }

    List<ParkedEvent> parked(int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT id, event_id, topic, event_type, aggregate_id, aggregate_version, attempts, last_error, parked_at
                     FROM outbox WHERE sent_at IS NULL AND next_attempt_at IS NOT NULL AND parked_at IS NOT NULL
                     ORDER BY id LIMIT ?""")) {
            select.setInt(1, limit);
            try (ResultSet result = select.executeQuery()) {
                List<ParkedEvent> parked = new ArrayList<>();
                while (result.next()) {
                    parked.add(new ParkedEvent(result.getObject("event_id", UUID.class), result.getString("topic"),
                            result.getString("event_type"), result.getString("aggregate_id"),
                            result.getLong("aggregate_version"), result.getInt("attempts"),
                            result.getString("last_error"), result.getTimestamp("parked_at").toInstant()));
                }
                return parked;
            }
        }
    }

    /** Releases parked rows (all of them, or those with the given event ids): they are sent again, in order. */
    int release(List<UUID> eventIds) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE outbox SET parked_at = NULL, next_attempt_at = NULL, attempts = 0
                     WHERE sent_at IS NULL AND next_attempt_at IS NOT NULL AND parked_at IS NOT NULL
                       AND (cardinality(?::uuid[]) = 0 OR event_id = ANY (?::uuid[]))""")) {
            Array ids = connection.createArrayOf("uuid", eventIds.toArray());
            update.setArray(1, ids);
            update.setArray(2, ids);
            return update.executeUpdate();
        }
    }

    private static Array bucketsOf(Connection connection, List<Integer> heldSlots, int slots) throws SQLException {
        List<Integer> buckets = new ArrayList<>();
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            if (heldSlots.contains(bucket % slots)) {
                buckets.add(bucket);
            }
        }
        return connection.createArrayOf("smallint", buckets.toArray());
    }

    /** What waits in the outbox. */
    record Backlog(long unsent, Duration oldestUnsentAge, long parked) {
    }
}
