package org.essor.registry.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.registry.domain.Figures;
import org.essor.registry.domain.Siret;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads of the figures an enterprise declared, newest reference date first, in one statement. */
@ApplicationScoped
public class DeclaredFigures {

    private static final String SELECT = """
            SELECT e.version, e.siren, f.reference_date, f.establishment_siret, f.headcount, f.employees_at_year_end,
                   f.gross_payroll
            FROM enterprise e LEFT JOIN enterprise_figures f ON f.enterprise_id = e.id
            WHERE e.id = $1
            ORDER BY f.reference_date DESC, f.establishment_siret""";

    public record Declared(UUID enterpriseId, long version, List<Figures> figures) {
    }

    @Inject
    Pool database;

    public Uni<Declared> of(UUID id, EnterpriseAccess access) {
        return database.preparedQuery(SELECT).execute(Tuple.of(id)).map(rows -> {
            Long version = null;
            List<Figures> figures = new ArrayList<>();
            for (Row row : rows) {
                if (version == null) {
                    if (!access.reaches(row.getString("siren"))) {
                        break;
                    }
                    version = row.getLong("version");
                }
                LocalDate referenceDate = row.getLocalDate("reference_date");
                if (referenceDate != null) {
                    String siret = row.getString("establishment_siret");
                    BigDecimal payroll = row.getBigDecimal("gross_payroll");
                    figures.add(new Figures(referenceDate, siret.isEmpty() ? null : Siret.parse(siret),
                            row.getInteger("headcount"), row.getInteger("employees_at_year_end"), payroll));
                }
            }
            if (version == null) {
                throw EnterpriseAccess.notFound();
            }
            return new Declared(id, version, figures);
        });
    }
}
