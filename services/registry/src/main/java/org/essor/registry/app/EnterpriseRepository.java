package org.essor.registry.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.essor.registry.domain.Enterprise;
import org.essor.registry.domain.Rna;
import org.essor.registry.domain.Siren;
import org.essor.registry.domain.Siret;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** The enterprises of the register, found by id or by any of their identifiers. */
@ApplicationScoped
public class EnterpriseRepository implements PanacheRepositoryBase<Enterprise, UUID> {

    /** One enterprise with its establishments and sectors, in one query (not one per collection). */
    private static final String WHOLE = "select e from Enterprise e left join fetch e.establishments "
            + "left join fetch e.sectors left join fetch e.essConditions where ";

    /** The enterprise with this id, whole, or null. */
    public Uni<Enterprise> whole(UUID id) {
        return wholeWhere("e.id = ?1", id);
    }

    public Uni<Enterprise> bySiren(Siren siren) {
        return wholeWhere("e.siren = ?1", siren);
    }

    public Uni<Enterprise> byRna(Rna rna) {
        return wholeWhere("e.rna = ?1", rna);
    }

    /** The one enterprise a unique key finds (no row limit: a limit with fetched collections is applied in memory). */
    private Uni<Enterprise> wholeWhere(String condition, Object key) {
        return find(WHOLE + condition, key).list().map(found -> found.isEmpty() ? null : found.get(0));
    }

    /**
     * Enterprises other than {@code self} (null for a new one) holding any of the identifiers. Each identifier is looked
     * up through its own unique index (a union, not one OR over the register, which PostgreSQL can only answer by
     * scanning every enterprise): registration costs the same whatever the register's size.
     */
    public Uni<List<Enterprise>> holdersOf(UUID self, Siren siren, Rna rna, List<Siret> sirets) {
        List<String> lookups = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (siren != null) {
            lookups.add("select e.id from Enterprise e where e.siren = :siren");
            parameters.put("siren", siren);
        }
        if (rna != null) {
            lookups.add("select e.id from Enterprise e where e.rna = :rna");
            parameters.put("rna", rna);
        }
        if (!sirets.isEmpty()) {
            lookups.add("select s.enterprise.id from Establishment s where s.siret in :sirets");
            parameters.put("sirets", sirets);
        }
        if (lookups.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().chain(session -> {
            var query = session.createSelectionQuery(String.join(" union ", lookups), UUID.class);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        }).chain(ids -> {
            List<UUID> others = ids.stream().filter(id -> !id.equals(self)).toList();
            return others.isEmpty() ? Uni.createFrom().item(List.<Enterprise>of()) : list("id in ?1", others);
        });
    }
}
