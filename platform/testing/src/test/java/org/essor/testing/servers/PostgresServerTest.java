package org.essor.testing.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;

import org.junit.jupiter.api.Test;

class PostgresServerTest {

    final PostgresServer server = PostgresServer.forTests();

    @Test
    void everyRunGetsItsOwnEmptyDatabase() throws Exception {
        String first = server.createUniqueDatabase("essor_harness");
        String second = server.createUniqueDatabase("essor_harness");
        try {
            assertThat(first).isNotEqualTo(second).startsWith("essor_harness_");
            try (var connection = DriverManager.getConnection(server.jdbcUrl(first), server.user(), server.password());
                 var tables = connection.createStatement().executeQuery(
                         "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
                tables.next();
                assertThat(tables.getInt(1)).isZero();
            }
        } finally {
            server.dropDatabase(first);
            server.dropDatabase(second);
        }
        assertThat(server.createDatabaseIfMissing(first)).isTrue();
        assertThat(server.createDatabaseIfMissing(first)).isFalse();
        server.dropDatabase(first);
    }

    @Test
    void readsServerUrls() {
        PostgresServer parsed = PostgresServer.parse("postgresql://essor:secret@db.internal:6543");
        assertThat(parsed.user()).isEqualTo("essor");
        assertThat(parsed.password()).isEqualTo("secret");
        assertThat(parsed.jdbcUrl("x")).isEqualTo("jdbc:postgresql://db.internal:6543/x");
        assertThat(PostgresServer.parse("postgresql://127.0.0.1").reactiveUrl("y")).isEqualTo("postgresql://127.0.0.1:5432/y");
    }

    @Test
    void anUnreachableServerFailsWithTheFix() {
        PostgresServer nowhere = PostgresServer.parse("postgresql://postgres@127.0.0.1:" + KafkaBroker.freePort());
        assertThatThrownBy(nowhere::requireReachable)
                .hasMessageContaining("No PostgreSQL server answers")
                .hasMessageContaining("ESSOR_TEST_PG");
    }

    @Test
    void withoutAnExternalServerTheTestsGetTheirOwn() {
        if (System.getenv("ESSOR_TEST_PG") == null && System.getProperty("essor.test.pg") == null) {
            assertThat(server.jdbcUrl("x")).isEqualTo(EmbeddedPostgres.shared().server().jdbcUrl("x"));
        }
    }
}
