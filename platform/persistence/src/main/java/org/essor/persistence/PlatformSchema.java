package org.essor.persistence;

import java.util.List;

import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Tables a platform library adds to every service's database (the outbox, the inbox, idempotency keys...), or
 * reference data a service loads from the files it ships.
 * Each implementation is a CDI bean; {@link PlatformSchemaMigrator} applies its migrations with a Flyway
 * history of its own, so platform and service migrations are numbered independently.
 */
public interface PlatformSchema {

    /** A short lower-case name; the history table is {@code essor_<component>_schema_history}. */
    String component();

    /** The migrations in version order: SQL scripts ({@link SqlMigration}) or Java migrations that load data. */
    List<? extends JavaMigration> migrations();
}
