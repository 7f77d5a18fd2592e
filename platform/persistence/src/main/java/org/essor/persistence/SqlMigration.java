package org.essor.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;

import org.flywaydb.core.api.migration.Context;

/**
 * A versioned SQL script shipped inside a platform jar. Given to Flyway by name rather than found by
 * class-path scanning, which the Quarkus class loaders do not always support for library jars.
 */
public final class SqlMigration extends VersionedMigration {

    private final String sql;

    private SqlMigration(String version, String description, String sql) {
        super(version, description);
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
    protected String content() {
        return sql;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(sql);
        }
    }
}
