package org.essor.registry.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.essor.events.change.DirectStore;
import org.essor.kernel.StateConflictException;
import org.essor.registry.domain.Enterprise;
import org.essor.registry.domain.EnterpriseRows;
import org.essor.registry.domain.Establishment;
import org.essor.registry.domain.Siret;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Registration's direct write path: the uniqueness check of a new enterprise's identifiers (one indexed lookup per
 * identifier) and its rows, sent without waiting between them. Registration is the register's most frequent write
 * (partners' systems, imports); through Hibernate its persistence context cost more CPU than the statements.
 */
@ApplicationScoped
public class EnterpriseStore implements DirectStore<Enterprise> {

    private static final String HOLDER = """
            SELECT e.id, e.legal_name FROM enterprise e
            WHERE e.id IN (SELECT id FROM enterprise WHERE siren = $1
                           UNION ALL SELECT id FROM enterprise WHERE rna = $2
                           UNION ALL SELECT enterprise_id FROM establishment WHERE siret = ANY($3))
            LIMIT 1""";

    @Override
    public Uni<Void> check(SqlConnection connection, Enterprise enterprise) {
        String[] sirets = enterprise.establishments().stream().map(Establishment::siret)
                .filter(Objects::nonNull).map(Siret::value).toArray(String[]::new);
        return connection.preparedQuery(HOLDER)
                .execute(Tuple.of(enterprise.siren() == null ? null : enterprise.siren().value(),
                        enterprise.rna() == null ? null : enterprise.rna().value(), sirets))
                .map(rows -> {
                    var found = rows.iterator();
                    if (found.hasNext()) {
                        var other = found.next();
                        throw new StateConflictException(EnterpriseRegister.alreadyRegistered(other.getUUID("id"),
                                other.getString("legal_name")));
                    }
                    return null;
                });
    }

    @Override
    public Uni<Void> insert(SqlConnection connection, Enterprise enterprise) {
        List<Uni<?>> statements = new ArrayList<>();
        statements.add(connection.preparedQuery(EnterpriseRows.INSERT_ENTERPRISE)
                .execute(Tuple.from(EnterpriseRows.enterprise(enterprise))));
        batch(connection, EnterpriseRows.INSERT_ESTABLISHMENT, EnterpriseRows.establishments(enterprise), statements);
        batch(connection, EnterpriseRows.INSERT_SECTOR, EnterpriseRows.sectors(enterprise), statements);
        batch(connection, EnterpriseRows.INSERT_ESS_CONDITION, EnterpriseRows.essConditions(enterprise), statements);
        return Uni.combine().all().unis(statements).discardItems();
    }

    private static void batch(SqlConnection connection, String sql, List<Object[]> rows, List<Uni<?>> statements) {
        if (!rows.isEmpty()) {
            statements.add(connection.preparedQuery(sql).executeBatch(rows.stream().map(Tuple::from).toList()));
        }
    }
}
