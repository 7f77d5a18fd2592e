package org.essor.testing.quarkus;

import java.util.HashMap;
import java.util.Map;

import org.essor.testing.servers.PostgresServer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} JVM a real Kafka broker and a fresh PostgreSQL database.
 * <p>
 * Without Docker: the JVM's shared broker process ({@link SharedKafkaBroker}) and a uniquely named database
 * created on the server of {@code ESSOR_TEST_PG} (default {@value PostgresServer#DEFAULT_URL}), dropped at the
 * end. Where a Docker engine answers and {@code ESSOR_TEST_DOCKER} is not {@code false}: the same through
 * Testcontainers. Init argument {@code database}: the prefix of the database name (default {@code essor_test}).
 */
public class EssorTestServers implements QuarkusTestResourceLifecycleManager {

    static final String POSTGRES_IMAGE = "postgres:15-alpine";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

    private String databasePrefix = "essor_test";
    private PostgresServer postgres;
    private String database;
    private PostgreSQLContainer postgresContainer;
    private KafkaContainer kafkaContainer;

    @Override
    public void init(Map<String, String> initArgs) {
        databasePrefix = initArgs.getOrDefault("database", databasePrefix);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = DockerEngine.usable() ? startContainers() : startProcesses();
        config.put("quarkus.devservices.enabled", "false");
        return config;
    }

    private Map<String, String> startProcesses() {
        postgres = PostgresServer.forTests();
        postgres.requireReachable();
        database = postgres.createUniqueDatabase(databasePrefix);
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", SharedKafkaBroker.get().bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", postgres.password());
        return config;
    }

    private Map<String, String> startContainers() {
        postgresContainer = new PostgreSQLContainer(POSTGRES_IMAGE).withDatabaseName(databasePrefix);
        kafkaContainer = new KafkaContainer(KAFKA_IMAGE);
        postgresContainer.start();
        kafkaContainer.start();
        String hostAndPort = postgresContainer.getHost() + ":" + postgresContainer.getMappedPort(5432);
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", kafkaContainer.getBootstrapServers());
        config.put("quarkus.datasource.jdbc.url", postgresContainer.getJdbcUrl());
        config.put("quarkus.datasource.reactive.url", "postgresql://" + hostAndPort + "/" + postgresContainer.getDatabaseName());
        config.put("quarkus.datasource.username", postgresContainer.getUsername());
        config.put("quarkus.datasource.password", postgresContainer.getPassword());
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            postgres.dropDatabase(database);
            database = null;
        }
        if (kafkaContainer != null) {
            kafkaContainer.stop();
        }
        if (postgresContainer != null) {
            postgresContainer.stop();
        }
    }
}
