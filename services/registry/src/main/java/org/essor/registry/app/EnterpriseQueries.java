package org.essor.registry.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.kernel.InvalidValueException;
import org.essor.persistence.Transactions;
import org.essor.registry.domain.Enterprise;
import org.essor.registry.domain.Siren;
import org.essor.web.paging.Cursor;
import org.essor.web.paging.Page;
import org.essor.web.paging.PageRequest;

import io.smallrye.mutiny.Uni;

/** Lists of enterprises: filtered, in keyset order (by name, or by last update for incremental sync). */
@ApplicationScoped
public class EnterpriseQueries {

    /** Keys of the keyset: the sort value and the id. */
    public static final int SORT_KEYS = 2;

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    Clock clock;

    public Uni<Page<Enterprise>> list(EnterpriseFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        narrow(filter, where, parameters);
        if (!page.isFirst()) {
            after(filter, page.after(), where, parameters);
        }
        String order = filter.byUpdate() ? " order by e.updatedAt, e.id" : " order by e.nameSearch, e.id";
        String query = "from Enterprise e" + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
        return Transactions.inSession(() -> enterprises.find(query, parameters).page(0, page.fetchSize()).list())
                .map(rows -> Page.of(rows, page, e -> filter.byUpdate()
                        ? Cursor.of(e.updatedAt(), e.id()) : Cursor.of(e.nameSearch(), e.id())));
    }

    private void narrow(EnterpriseFilter filter, List<String> where, Map<String, Object> parameters) {
        LocalDate today = LocalDate.now(clock);
        if (filter.departement() != null) {
            where.add("exists (select 1 from Establishment s where s.enterprise = e and s.departementCode = :departement)");
            parameters.put("departement", filter.departement());
        }
        if (filter.legalFamily() != null) {
            where.add("e.legalFamily = :family");
            parameters.put("family", filter.legalFamily());
        }
        if (filter.esusValid() != null) {
            where.add(filter.esusValid() ? "(e.esus.grantedOn <= :today and e.esus.validUntil >= :today)"
                    : "(e.esus.grantedOn is null or e.esus.grantedOn > :today or e.esus.validUntil < :today)");
            parameters.put("today", today);
        }
        if (filter.sector() != null) {
            where.add(":sector member of e.sectors");
            parameters.put("sector", filter.sector());
        }
        if (filter.nafPrefix() != null) {
            where.add("e.nafCode like :naf");
            parameters.put("naf", filter.nafPrefix() + "%");
        }
        if (filter.status() != null) {
            where.add("e.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.text() != null && !Enterprise.searchable(filter.text()).isEmpty()) {
            where.add("e.nameSearch like :text");
            parameters.put("text", "%" + Enterprise.searchable(filter.text()) + "%");
        }
        if (filter.updatedSince() != null) {
            where.add("e.updatedAt >= :since");
            parameters.put("since", filter.updatedSince());
        }
        if (filter.onlySiren() != null) {
            where.add("e.siren = :own");
            parameters.put("own", Siren.parse(filter.onlySiren()));
        }
    }

    private void after(EnterpriseFilter filter, Cursor cursor, List<String> where, Map<String, Object> parameters) {
        try {
            parameters.put("afterId", UUID.fromString(cursor.key(1)));
            if (filter.byUpdate()) {
                parameters.put("afterKey", Instant.parse(cursor.key(0)));
                where.add("(e.updatedAt > :afterKey or (e.updatedAt = :afterKey and e.id > :afterId))");
            } else {
                parameters.put("afterKey", cursor.key(0));
                where.add("(e.nameSearch > :afterKey or (e.nameSearch = :afterKey and e.id > :afterId))");
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidValueException("cursor", "does not belong to this list (its order changed); start again without it");
        }
    }
}
