package org.essor.events;

import java.util.List;

import jakarta.inject.Singleton;

import org.essor.persistence.PlatformSchema;
import org.essor.persistence.SqlMigration;

/** The outbox, inbox and audit tables, in every service's database. */
@Singleton
public class EventsSchema implements PlatformSchema {

    @Override
    public String component() {
        return "events";
    }

    @Override
    public List<SqlMigration> migrations() {
        return List.of(
                SqlMigration.of("1", "outbox", EventsSchema.class, "db/essor-events/V1__outbox.sql"),
                SqlMigration.of("2", "processed event", EventsSchema.class, "db/essor-events/V2__processed_event.sql"),
                SqlMigration.of("3", "relay leases and parking", EventsSchema.class,
                        "db/essor-events/V3__relay_leases_and_parking.sql"),
                SqlMigration.of("4", "inbox positions and dead letters", EventsSchema.class,
                        "db/essor-events/V4__inbox_positions_and_dead_letters.sql"),
                SqlMigration.of("5", "queue tables autovacuum", EventsSchema.class,
                        "db/essor-events/V5__queue_tables_autovacuum.sql"),
                SqlMigration.of("6", "audit entry", EventsSchema.class, "db/essor-events/V6__audit_entry.sql"),
                SqlMigration.of("7", "outbox wake-up after commit", EventsSchema.class,
                        "db/essor-events/V7__outbox_wake_up_after_commit.sql"));
    }
}
