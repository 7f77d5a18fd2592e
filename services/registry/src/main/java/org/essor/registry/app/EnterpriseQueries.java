package org.essor.registry.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.kernel.InvalidValueException;
import org.essor.kernel.ServiceTime;
import org.essor.registry.domain.Enterprise;
import org.essor.registry.domain.Siren;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Lists of enterprises: filtered, in keyset order (by name, or by last update for incremental sync), read in one
 * statement the way {@link EnterpriseReads} reads one enterprise.
 */
@ApplicationScoped
public class EnterpriseQueries {

    /** Keys of the keyset: the sort value and the id. */
    public static final int SORT_KEYS = 2;

    /** Where a page starts: after the enterprise with this sort value (name, or last update) and id. */
    public record Position(String sortValue, String id) {

        /** The position of an enterprise in the list's order. */
        public static Position of(EnterpriseSnapshot enterprise, EnterpriseFilter filter) {
            return new Position(filter.byUpdate() ? enterprise.updatedAt().toString() : enterprise.nameSearch(),
                    enterprise.id().toString());
        }
    }

    @Inject
    Pool database;

    @Inject
    ServiceTime time;

    /** At most {@code count} enterprises after {@code after} (null: from the start), in the filter's order. */
    public Uni<List<EnterpriseSnapshot>> list(EnterpriseFilter filter, Position after, int count) {
        SqlConditions where = new SqlConditions();
        narrow(filter, where);
        if (after != null) {
            after(filter, after, where);
        }
        String order = filter.byUpdate() ? " ORDER BY e.updated_at, e.id" : " ORDER BY e.name_search, e.id";
        String sql = EnterpriseReads.SELECT + where.sql() + order + " LIMIT " + where.parameter(count);
        return database.preparedQuery(sql).execute(where.values()).map(rows -> {
            List<EnterpriseSnapshot> page = new ArrayList<>(rows.size());
            for (Row row : rows) {
                page.add(EnterpriseReads.snapshot(row));
            }
            return page;
        });
    }

    private void narrow(EnterpriseFilter filter, SqlConditions where) {
        LocalDate today = time.today();
        if (filter.departement() != null) {
            where.add("EXISTS (SELECT 1 FROM establishment s WHERE s.enterprise_id = e.id AND s.departement_code = "
                    + where.parameter(filter.departement()) + ")");
        }
        if (filter.legalFamily() != null) {
            where.add("e.legal_family = " + where.parameter(filter.legalFamily().name()));
        }
        if (filter.esusValid() != null) {
            String day = where.parameter(today);
            where.add(filter.esusValid() ? "(e.esus_granted_on <= " + day + " AND e.esus_valid_until >= " + day + ")"
                    : "(e.esus_granted_on IS NULL OR e.esus_granted_on > " + day + " OR e.esus_valid_until < " + day + ")");
        }
        if (filter.sector() != null) {
            where.add("EXISTS (SELECT 1 FROM enterprise_sector s WHERE s.enterprise_id = e.id AND s.sector = "
                    + where.parameter(filter.sector().name()) + ")");
        }
        if (filter.nafPrefix() != null) {
            where.add("e.naf_code LIKE " + where.parameter(filter.nafPrefix() + "%"));
        }
        if (filter.status() != null) {
            where.add("e.status = " + where.parameter(filter.status().name()));
        }
        if (filter.text() != null && !Enterprise.searchable(filter.text()).isEmpty()) {
            where.add("e.name_search LIKE " + where.parameter("%" + Enterprise.searchable(filter.text()) + "%"));
        }
        if (filter.updatedSince() != null) {
            where.add("e.updated_at >= " + where.parameter(OffsetDateTime.ofInstant(filter.updatedSince(), ZoneOffset.UTC)));
        }
        if (filter.onlySiren() != null) {
            where.add("e.siren = " + where.parameter(Siren.parse(filter.onlySiren()).value()));
        }
    }

    private void after(EnterpriseFilter filter, Position after, SqlConditions where) {
        try {
            String id = where.parameter(UUID.fromString(after.id()));
            String key = filter.byUpdate()
                    ? where.parameter(OffsetDateTime.ofInstant(Instant.parse(after.sortValue()), ZoneOffset.UTC))
                    : where.parameter(after.sortValue());
            String column = filter.byUpdate() ? "e.updated_at" : "e.name_search";
            where.add("(" + column + " > " + key + " OR (" + column + " = " + key + " AND e.id > " + id + "))");
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidValueException("cursor", "does not belong to this list (its order changed); start again without it");
        }
    }
}
