package org.essor.registry.app;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.kernel.InvalidValueException;
import org.essor.kernel.ServiceTime;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The public list of the register: enterprises not struck off, by name, with their public facts only, in one
 * statement (the head office's commune by a lateral join; no sectors, no establishments' addresses).
 */
@ApplicationScoped
public class PublicEnterpriseQueries {

    /** Keys of the keyset: the searchable name and the id. */
    public static final int SORT_KEYS = 2;

    private static final String SELECT = """
            SELECT e.id, e.siren, e.rna, e.legal_name, e.name_search, e.legal_category, e.legal_family, e.cooperative_kind,
                   e.naf_code, e.naf_version, h.commune_code, h.departement_code,
                   COALESCE(e.esus_granted_on <= $1 AND e.esus_valid_until >= $1, false) AS esus_valid
            FROM enterprise e
            LEFT JOIN LATERAL (SELECT t.commune_code, t.departement_code FROM establishment t WHERE t.enterprise_id = e.id
                               ORDER BY t.head_office DESC, t.siret LIMIT 1) h ON true
            """;

    @Inject
    Pool database;

    @Inject
    ServiceTime time;

    /** At most {@code count} enterprises after (name, id) {@code afterName}/{@code afterId} (null: from the start). */
    public Uni<List<PublicEnterprise>> page(PublicEnterpriseFilter filter, String afterName, String afterId, int count) {
        SqlConditions where = conditions(filter);
        if (afterName != null) {
            UUID id;
            try {
                id = UUID.fromString(afterId);
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("cursor", "does not belong to this list; start again without it");
            }
            String name = where.parameter(afterName);
            where.add("(e.name_search > " + name + " OR (e.name_search = " + name + " AND e.id > " + where.parameter(id) + "))");
        }
        return run(SELECT + where.sql() + " ORDER BY e.name_search, e.id LIMIT " + where.parameter(count), where);
    }

    /** Every enterprise the filter keeps, by name: the export. */
    public Uni<List<PublicEnterprise>> all(PublicEnterpriseFilter filter) {
        SqlConditions where = conditions(filter);
        return run(SELECT + where.sql() + " ORDER BY e.name_search, e.id", where);
    }

    private SqlConditions conditions(PublicEnterpriseFilter filter) {
        SqlConditions where = new SqlConditions();
        String today = where.parameter(time.today());
        where.add("e.status <> 'STRUCK_OFF'");
        if (filter.departement() != null) {
            where.add("EXISTS (SELECT 1 FROM establishment s WHERE s.enterprise_id = e.id AND s.departement_code = "
                    + where.parameter(filter.departement()) + ")");
        }
        if (filter.commune() != null) {
            where.add("EXISTS (SELECT 1 FROM establishment s WHERE s.enterprise_id = e.id AND s.commune_code = "
                    + where.parameter(filter.commune()) + ")");
        }
        if (filter.legalFamily() != null) {
            where.add("e.legal_family = " + where.parameter(filter.legalFamily().name()));
        }
        if (filter.nafPrefix() != null) {
            where.add("e.naf_code LIKE " + where.parameter(filter.nafPrefix() + "%"));
        }
        if (filter.esusValid() != null) {
            where.add(filter.esusValid() ? "(e.esus_granted_on <= " + today + " AND e.esus_valid_until >= " + today + ")"
                    : "(e.esus_granted_on IS NULL OR e.esus_granted_on > " + today + " OR e.esus_valid_until < " + today + ")");
        }
        return where;
    }

    private Uni<List<PublicEnterprise>> run(String sql, SqlConditions where) {
        return database.preparedQuery(sql).execute(where.values()).map(rows -> {
            List<PublicEnterprise> found = new ArrayList<>(rows.size());
            for (Row row : rows) {
                found.add(new PublicEnterprise(row.getUUID("id"), row.getString("siren"), row.getString("rna"),
                        row.getString("legal_name"), row.getString("name_search"), row.getString("legal_category"),
                        row.getString("legal_family"), row.getString("cooperative_kind"), row.getString("naf_code"),
                        row.getString("naf_version"), row.getString("commune_code"), row.getString("departement_code"),
                        row.getBoolean("esus_valid")));
            }
            return found;
        });
    }
}
