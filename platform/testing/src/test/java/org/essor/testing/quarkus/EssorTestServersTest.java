package org.essor.testing.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EssorTestServersTest {

    @Test
    void givesABrokerAndAFreshDatabaseThenDropsTheDatabase() throws Exception {
        EssorTestServers servers = new EssorTestServers();
        servers.init(Map.of("database", "essor_harness"));
        Map<String, String> config = servers.start();
        String url = config.get("quarkus.datasource.jdbc.url");
        try {
            assertThat(config.get("kafka.bootstrap.servers")).isEqualTo(SharedKafkaBroker.get().bootstrapServers());
            assertThat(url).contains("/essor_harness_");
            assertThat(config.get("quarkus.datasource.reactive.url")).startsWith("postgresql://").contains("/essor_harness_");
            try (var connection = DriverManager.getConnection(url, config.get("quarkus.datasource.username"),
                    config.get("quarkus.datasource.password"))) {
                assertThat(connection.isValid(2)).isTrue();
            }
        } finally {
            servers.stop();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, config.get("quarkus.datasource.username"),
                config.get("quarkus.datasource.password"))).hasMessageContaining("does not exist");
    }
}
