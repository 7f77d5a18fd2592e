package org.essor.persistence;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Applies every {@link PlatformSchema} at start-up, before the beans that use those tables start
 * (they observe {@link StartupEvent} with a later priority than {@link #MIGRATION_PRIORITY}).
 */
@Singleton
public class PlatformSchemaMigrator {

    /** Start-up observers that need the platform tables use a larger priority than this. */
    public static final int MIGRATION_PRIORITY = 10;

    private static final Logger LOG = Logger.getLogger(PlatformSchemaMigrator.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Instance<PlatformSchema> schemas;

    @ConfigProperty(name = "essor.platform-schema.migrate-at-start", defaultValue = "true")
    boolean migrateAtStart;

    void onStart(@Observes @Priority(MIGRATION_PRIORITY) StartupEvent event) {
        if (migrateAtStart) {
            schemas.forEach(this::migrate);
        }
    }

    void migrate(PlatformSchema schema) {
        var result = Flyway.configure()
                .dataSource(dataSource)
                .table("essor_" + schema.component() + "_schema_history")
                .locations(new String[0])
                .javaMigrations(schema.migrations().toArray(JavaMigration[]::new))
                // The service's own migrations may have filled the schema already: start our history at 0.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.infof("Platform schema '%s' at version %s (%d migrations applied)", schema.component(),
                result.targetSchemaVersion, result.migrationsExecuted);
    }
}
