package org.essor.events.testapp;

import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.testing.kafka.TopicReader;
import org.junit.jupiter.api.BeforeEach;

import io.agroal.api.AgroalDataSource;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/** What the event-path tests share: the ledger application's tables and the broker's topics. */
public abstract class LedgerTestSupport {

    @Inject
    protected AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    protected String bootstrapServers;

    protected Ledger ledger;
    protected TopicReader topic;

    @BeforeEach
    void connectLedger() {
        ledger = new Ledger(dataSource);
        topic = new TopicReader(bootstrapServers);
    }

    /** Runs an operation as the service runs it: on a Vert.x context, as a request or a consumer would. */
    protected static <T> T onVertx(Supplier<Uni<T>> operation) {
        try {
            return VertxContextSupport.subscribeAndAwait(operation);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
