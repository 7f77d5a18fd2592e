package org.essor.events.testapp;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/** Test fixture: drives the ledger application and reads its tables. */
public final class Ledger {

    private final DataSource dataSource;

    public Ledger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static String newAccount() {
        return "acct-" + UUID.randomUUID();
    }

    public void record(String account, long sequence) {
        given().queryParam("sequence", sequence).post("/ledger/{account}/entries", account).then().statusCode(200);
    }

    public void recordPoisoned(String account, long sequence) {
        given().queryParam("sequence", sequence).queryParam("poison", true)
                .post("/ledger/{account}/entries", account).then().statusCode(200);
    }

    public void recordFailing(String account, long sequence) {
        given().queryParam("sequence", sequence).queryParam("fail", true)
                .post("/ledger/{account}/entries", account).then().statusCode(500);
    }

    /** Appends outbox rows as a use case would, without the ledger entry: {@code versions} of the account's events. */
    public void appendRaw(String topic, String account, long fromVersion, long toVersion) {
        execute("""
                INSERT INTO outbox (event_id, topic, event_type, aggregate_id, aggregate_version, occurred_at, traceparent, payload)
                SELECT gen_random_uuid(), ?, 'essor.ledger.entry.recorded.v1', ?, v, now(),
                       '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
                       json_build_object('account', ?::text, 'sequence', v, 'note', 'raw', 'poison', false)::text
                FROM generate_series(?::bigint, ?::bigint) AS v""", topic, account, account, fromVersion, toVersion);
    }

    public void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The planner's plan of a query, with sequential scans discouraged as on a large table. */
    public String plan(String sql) {
        try (Connection connection = dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SET LOCAL enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet result = statement.executeQuery("EXPLAIN " + sql)) {
                while (result.next()) {
                    plan.append(result.getString(1)).append('\n');
                }
            }
            connection.rollback();
            return plan.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql, String account) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, account);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long entries(String account) {
        return count("SELECT count(*) FROM ledger_entry WHERE account = ?", account);
    }

    public long outboxRows(String account) {
        return count("SELECT count(*) FROM outbox WHERE aggregate_id = ?", account);
    }

    public long unsent(String account) {
        return count("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND sent_at IS NULL", account);
    }

    public List<Long> projected(String account) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT sequence FROM ledger_projection WHERE account = ? ORDER BY id")) {
            statement.setString(1, account);
            try (ResultSet result = statement.executeQuery()) {
                List<Long> sequences = new ArrayList<>();
                while (result.next()) {
                    sequences.add(result.getLong(1));
                }
                return sequences;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
