package org.essor.web;

import java.util.List;

import jakarta.inject.Singleton;

import org.essor.persistence.PlatformSchema;
import org.essor.persistence.SqlMigration;

/** The tables of idempotency keys and of the public endpoints' limiter, in every service's database. */
@Singleton
public class WebSchema implements PlatformSchema {

    @Override
    public String component() {
        return "web";
    }

    @Override
    public List<SqlMigration> migrations() {
        return List.of(SqlMigration.of("1", "idempotency key", WebSchema.class, "db/essor-web/V1__idempotency_key.sql"),
                SqlMigration.of("2", "public limit hit", WebSchema.class, "db/essor-web/V2__public_limit_hit.sql"));
    }
}
