package org.essor.testing.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    @Test
    void aPersistentServerKeepsItsDataAcrossRestarts() throws Exception {
        // like the launcher's .essor/ folder: one every user may enter, as the server may run as another user
        Path temp = Files.createTempDirectory("essor-postgres-test-", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Path home = temp.resolve("postgres");
        int port = KafkaBroker.freePort();
        EmbeddedPostgres server = EmbeddedPostgres.startPersistent(home, port);
        try {
            assertThat(server.server().createDatabaseIfMissing("essor_kept")).isTrue();
            execute(server, "essor_kept", "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
        } finally {
            server.stop();
        }
        assertThat(server.isRunning()).isFalse();
        assertThatThrownBy(() -> server.server().requireReachable()).hasMessageContaining("No PostgreSQL server answers");

        server.start();
        try {
            assertThat(server.server().createDatabaseIfMissing("essor_kept")).isFalse();
            try (var connection = DriverManager.getConnection(server.server().jdbcUrl("essor_kept"), "postgres", "");
                 var rows = connection.createStatement().executeQuery("SELECT value FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("still here");
            }
        } finally {
            server.close();
        }
        assertThat(home.resolve("data/PG_VERSION")).exists();
        FileTrees.deleteQuietly(temp);
    }

    @Test
    void aRootUserIsToldWhenTheServerCannotReachItsData(@TempDir Path privateFolder) {
        if (EmbeddedPostgres.runsAsRoot()) {
            assertThatThrownBy(() -> EmbeddedPostgres.startPersistent(privateFolder.resolve("postgres"), KafkaBroker.freePort()))
                    .hasMessageContaining("cannot enter " + privateFolder)
                    .hasMessageContaining("ESSOR_STATE_DIR");
        }
    }

    @Test
    void aTemporaryServerDeletesItsDataWhenClosed() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.startTemporary();
        Path data;
        try {
            String database = server.server().createUniqueDatabase("essor_temporary");
            try (var connection = DriverManager.getConnection(server.server().jdbcUrl(database), "postgres", "");
                 var settings = connection.createStatement().executeQuery(
                         "SELECT current_setting('server_version_num')::int, current_setting('server_encoding'), current_setting('fsync')")) {
                settings.next();
                assertThat(settings.getInt(1)).isGreaterThanOrEqualTo(170000);
                assertThat(settings.getString(2)).isEqualTo("UTF8");
                assertThat(settings.getString(3)).isEqualTo("off");
            }
            try (var connection = DriverManager.getConnection(server.server().jdbcUrl("postgres"), "postgres", "");
                 var directory = connection.createStatement().executeQuery("SELECT current_setting('data_directory')")) {
                directory.next();
                data = Path.of(directory.getString(1));
            }
            assertThat(data).exists();
        } finally {
            server.close();
        }
        assertThat(Files.exists(data)).isFalse();
    }

    private static void execute(EmbeddedPostgres server, String database, String sql) throws Exception {
        try (var connection = DriverManager.getConnection(server.server().jdbcUrl(database), "postgres", "");
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
