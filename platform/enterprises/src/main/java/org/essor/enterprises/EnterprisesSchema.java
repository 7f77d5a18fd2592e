package org.essor.enterprises;

import java.util.List;

import jakarta.inject.Singleton;

import org.essor.persistence.PlatformSchema;
import org.essor.persistence.SqlMigration;

/** The {@code known_enterprise} table, in the database of every service that follows the register. */
@Singleton
public class EnterprisesSchema implements PlatformSchema {

    @Override
    public String component() {
        return "enterprises";
    }

    @Override
    public List<SqlMigration> migrations() {
        return List.of(SqlMigration.of("1", "known enterprise", EnterprisesSchema.class,
                "db/essor-enterprises/V1__known_enterprise.sql"));
    }
}
