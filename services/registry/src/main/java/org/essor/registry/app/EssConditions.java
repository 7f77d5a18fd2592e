package org.essor.registry.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.registry.domain.Enterprise;
import org.essor.registry.domain.EssCondition;
import org.essor.registry.domain.EssConditionDeclaration;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The conditions of a société commerciale de l'ESS an enterprise declared, read in one statement apart from the
 * enterprise's own read (they are not part of its view).
 */
@ApplicationScoped
public class EssConditions {

    private static final String SELECT = """
            SELECT e.version, e.siren, e.legal_family, e.ess_basis, c.condition, c.declared_on, c.evidence
            FROM enterprise e LEFT JOIN enterprise_ess_condition c ON c.enterprise_id = e.id
            WHERE e.id = $1""";

    /** An enterprise's declared conditions (in the law's order), its ESS basis and its version. */
    public record Declared(UUID enterpriseId, long version, String legalFamily, String essBasis,
                           List<EssConditionDeclaration> conditions) {

        public static Declared of(Enterprise enterprise) {
            return new Declared(enterprise.id(), enterprise.version(), enterprise.legalFamily().name(),
                    enterprise.essBasis().name(), enterprise.essConditions());
        }

        /** Whether every condition of article 1 is declared. */
        public boolean allMet() {
            return conditions.size() == EssCondition.values().length;
        }
    }

    @Inject
    Pool database;

    public Uni<Declared> of(UUID id, EnterpriseAccess access) {
        return database.preparedQuery(SELECT).execute(Tuple.of(id)).map(rows -> {
            Declared declared = null;
            List<EssConditionDeclaration> conditions = new ArrayList<>();
            for (Row row : rows) {
                if (declared == null) {
                    if (!access.reaches(row.getString("siren"))) {
                        break;
                    }
                    declared = new Declared(id, row.getLong("version"), row.getString("legal_family"),
                            row.getString("ess_basis"), conditions);
                }
                if (row.getString("condition") != null) {
                    LocalDate on = row.getLocalDate("declared_on");
                    conditions.add(new EssConditionDeclaration(EssCondition.valueOf(row.getString("condition")), on,
                            row.getString("evidence")));
                }
            }
            if (declared == null) {
                throw EnterpriseAccess.notFound();
            }
            conditions.sort(java.util.Comparator.comparing(EssConditionDeclaration::condition));
            return declared;
        });
    }
}
