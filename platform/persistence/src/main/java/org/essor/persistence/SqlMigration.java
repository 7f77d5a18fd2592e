package org.essor.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.zip.CRC32;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A versioned SQL script shipped inside a platform jar. Given to Flyway by name rather than found by
 * class-path scanning, which the Quarkus class loaders do not always support for library jars.
 */
public final class SqlMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;
    private final String sql;

    private SqlMigration(String version, String description, String sql) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.sql = sql;
    }

    /** The script at {@code resource} on the class path of {@code owner}. */
    public static SqlMigration of(String version, String description, Class<?> owner, String resource) {
        try (InputStream in = owner.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Migration script not found on the class path: " + resource);
            }
            return new SqlMigration(version, description, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(sql.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(sql);
        }
    }
}
