package org.essor.persistence;

import java.util.List;

/**
 * Tables a platform library adds to every service's database (the outbox, the inbox, idempotency keys...).
 * Each implementation is a CDI bean; {@link PlatformSchemaMigrator} applies its migrations with a Flyway
 * history of its own, so platform and service migrations are numbered independently.
 */
public interface PlatformSchema {

    /** A short lower-case name; the history table is {@code essor_<component>_schema_history}. */
    String component();

    /** The migrations in version order. */
    List<SqlMigration> migrations();
}
