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
