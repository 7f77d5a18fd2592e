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

    public Uni<Enterprise> bySiren(Siren siren) {
        return find("siren", siren).firstResult();
    }

    public Uni<Enterprise> byRna(Rna rna) {
        return find("rna", rna).firstResult();
    }

    public Uni<Enterprise> bySiret(Siret siret) {
        return find("select e from Enterprise e join e.establishments s where s.siret = ?1", siret).firstResult();
    }

    /** Enterprises other than {@code self} (null for a new one) holding any of the identifiers. */
    public Uni<List<Enterprise>> holdersOf(UUID self, Siren siren, Rna rna, List<Siret> sirets) {
        List<String> held = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (siren != null) {
            held.add("e.siren = :siren");
            parameters.put("siren", siren);
        }
        if (rna != null) {
            held.add("e.rna = :rna");
            parameters.put("rna", rna);
        }
        if (!sirets.isEmpty()) {
            held.add("exists (select 1 from Establishment s where s.enterprise = e and s.siret in :sirets)");
            parameters.put("sirets", sirets);
        }
        if (held.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String query = "from Enterprise e where (" + String.join(" or ", held) + ")";
        if (self != null) {
            query += " and e.id <> :self";
            parameters.put("self", self);
        }
        return find(query, parameters).list();
    }
}
