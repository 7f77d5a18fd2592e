package org.essor.web.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;

/** Forgets Idempotency-Keys older than the retention. */
@ApplicationScoped
public class IdempotencyPurge {

    @Inject
    AgroalDataSource dataSource;

    /** How long a key replays its first answer. */
    @ConfigProperty(name = "essor.web.idempotency-retention", defaultValue = "24h")
    Duration retention;

    @Scheduled(every = "${essor.web.idempotency-purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeRegularly() throws SQLException {
        purge();
    }

    /** Deletes the expired keys; returns how many. */
    public int purge() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM idempotency_key WHERE created_at < now() - ? * interval '1 second'")) {
            delete.setLong(1, retention.toSeconds());
            return delete.executeUpdate();
        }
    }
}
