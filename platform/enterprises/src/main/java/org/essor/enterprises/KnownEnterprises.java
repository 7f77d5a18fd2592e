package org.essor.enterprises;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.essor.kernel.NotFoundException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Reads the service's {@code known_enterprise} table, which {@link KnownEnterpriseProjection} keeps. Runs in the caller's
 * session or transaction.
 */
@ApplicationScoped
public class KnownEnterprises {

    private static final String COLUMNS = """
            enterprise_id, siren, legal_family, cooperative_kind, creation_date, head_office_departement, departements,
            esus_granted_on, esus_valid_until, status""";

    /** The facts of the enterprise, or null when the register's events have not made it known here. */
    public Uni<EnterpriseFacts> find(UUID enterpriseId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "SELECT " + COLUMNS + " FROM known_enterprise WHERE enterprise_id = :id", Object[].class)
                .setParameter("id", enterpriseId).getResultList())
                .map(rows -> rows.isEmpty() ? null : facts(rows.get(0)));
    }

    /**
     * The enterprise, if known from the register and, for an enterprise representative ({@code onlySiren} not null),
     * their own; otherwise the same not-found either way, so that no one learns which enterprises exist.
     */
    public Uni<EnterpriseFacts> visibleTo(UUID enterpriseId, String onlySiren) {
        return find(enterpriseId).map(facts -> {
            if (facts == null || (onlySiren != null && !onlySiren.equals(facts.siren()))) {
                throw new NotFoundException("No enterprise " + enterpriseId + " is known from the register");
            }
            return facts;
        });
    }

    /** The ids of the known enterprises with this SIREN (an enterprise representative's own). */
    public Uni<List<UUID>> withSiren(String siren) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "SELECT enterprise_id FROM known_enterprise WHERE siren = :siren", UUID.class)
                .setParameter("siren", siren).getResultList());
    }

    private static EnterpriseFacts facts(Object[] row) {
        String departements = (String) row[6];
        Set<String> codes = departements == null || departements.isBlank() ? Set.of()
                : Arrays.stream(departements.split(",")).collect(Collectors.toUnmodifiableSet());
        return new EnterpriseFacts((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], date(row[4]),
                (String) row[5], codes, date(row[7]), date(row[8]), (String) row[9]);
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }
}
