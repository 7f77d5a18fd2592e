package org.essor.testing.quarkus;

import java.util.HashMap;
import java.util.Map;

import org.essor.testing.servers.PostgresServer;
import org.essor.testing.servers.TcpProxy;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} JVM a real Kafka broker and a fresh PostgreSQL database.
 * <p>
 * Without Docker: the JVM's shared broker process ({@link SharedKafkaBroker}) and a uniquely named database
 * created on the server of {@code ESSOR_TEST_PG} (without one, the JVM's own {@link org.essor.testing.servers.EmbeddedPostgres}), dropped at the
 * end. Where a Docker engine answers and {@code ESSOR_TEST_DOCKER} is not {@code false}: the same through
 * Testcontainers. Init argument {@code database}: the prefix of the database name (default {@code essor_test});
 * {@code proxyDatabase=true}: the application reaches PostgreSQL through a {@link TcpProxy} that the test controls
 * ({@link #databaseProxy()}), to make the database unreachable for a while.
 */
public class EssorTestServers implements QuarkusTestResourceLifecycleManager {

    static final String POSTGRES_IMAGE = "postgres:15-alpine";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

    private static volatile TcpProxy databaseProxy;

    private String databasePrefix = "essor_test";
    private boolean proxyDatabase;
    private PostgresServer postgres;
    private String database;
    private PostgreSQLContainer postgresContainer;
    private KafkaContainer kafkaContainer;

    @Override
    public void init(Map<String, String> initArgs) {
        databasePrefix = initArgs.getOrDefault("database", databasePrefix);
        proxyDatabase = Boolean.parseBoolean(initArgs.getOrDefault("proxyDatabase", "false"));
    }

    /** The proxy between the application and PostgreSQL, when the test asked for one. */
    public static TcpProxy databaseProxy() {
        if (databaseProxy == null) {
            throw new IllegalStateException("This test's servers have no database proxy (init argument proxyDatabase=true)");
        }
        return databaseProxy;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = DockerEngine.usable() ? startContainers() : startProcesses();
        config.put("quarkus.devservices.enabled", "false");
        if (proxyDatabase) {
            throughProxy(config);
        }
        return config;
    }

    private static void throughProxy(Map<String, String> config) {
        String jdbc = config.get("quarkus.datasource.jdbc.url");
        var address = java.util.regex.Pattern.compile("//([^:/]+):(\\d+)/").matcher(jdbc);
        if (!address.find()) {
            throw new IllegalStateException("No host and port in " + jdbc);
        }
        String target = address.group(1) + ":" + address.group(2);
        databaseProxy = TcpProxy.start(address.group(1), Integer.parseInt(address.group(2)));
        String proxied = "127.0.0.1:" + databaseProxy.port();
        config.put("quarkus.datasource.jdbc.url", jdbc.replace(target, proxied));
        config.put("quarkus.datasource.reactive.url", config.get("quarkus.datasource.reactive.url").replace(target, proxied));
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
        if (databaseProxy != null) {
            databaseProxy.close();
            databaseProxy = null;
        }
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
