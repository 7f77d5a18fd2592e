package org.essor.persistence;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration given to Flyway as an object (a script shipped in a jar, reference data loaded from a file), run in a
 * transaction, whose checksum is that of the content it applies: change the content and Flyway's validation says so.
 */
public abstract class VersionedMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected VersionedMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    /** What the migration applies, as text: its checksum is this text's. */
    protected abstract String content();

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(content().getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
