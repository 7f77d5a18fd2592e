package org.essor.registry.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.registry.domain.EssNetwork;
import org.essor.registry.domain.InclusionAgreement;
import org.essor.registry.domain.InclusionAgreementKind;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads of an enterprise's ESS networks and IAE/EA agreements, one statement each, apart from the enterprise's own
 * read (they are not part of its view).
 */
@ApplicationScoped
public class NetworksAndAgreements {

    private static final String NETWORKS = """
            SELECT e.version, e.siren, ARRAY(SELECT n.network FROM enterprise_network n WHERE n.enterprise_id = e.id
                                             ORDER BY n.network) AS networks
            FROM enterprise e WHERE e.id = $1""";

    private static final String AGREEMENTS = """
            SELECT e.version, e.siren,
                   (SELECT json_agg(json_build_array(a.kind, a.granted_on, a.valid_until) ORDER BY a.kind)
                    FROM enterprise_inclusion_agreement a WHERE a.enterprise_id = e.id) AS agreements
            FROM enterprise e WHERE e.id = $1""";

    public record Networks(UUID enterpriseId, long version, List<EssNetwork> networks) {
    }

    public record Agreements(UUID enterpriseId, long version, List<InclusionAgreement> agreements) {
    }

    @Inject
    Pool database;

    public Uni<Networks> networks(UUID id, EnterpriseAccess access) {
        return one(NETWORKS, id, access).map(row -> {
            String[] names = row.getArrayOfStrings("networks");
            return new Networks(id, row.getLong("version"), names == null ? List.of()
                    : Arrays.stream(names).map(EssNetwork::valueOf).sorted().toList());
        });
    }

    public Uni<Agreements> agreements(UUID id, EnterpriseAccess access) {
        return one(AGREEMENTS, id, access).map(row -> {
            JsonArray rows = row.getJsonArray("agreements");
            List<InclusionAgreement> agreements = new ArrayList<>();
            for (int i = 0; rows != null && i < rows.size(); i++) {
                JsonArray a = rows.getJsonArray(i);
                agreements.add(new InclusionAgreement(InclusionAgreementKind.valueOf(a.getString(0)),
                        LocalDate.parse(a.getString(1)), a.getString(2) == null ? null : LocalDate.parse(a.getString(2))));
            }
            return new Agreements(id, row.getLong("version"), agreements);
        });
    }

    private Uni<Row> one(String sql, UUID id, EnterpriseAccess access) {
        return database.preparedQuery(sql).execute(Tuple.of(id)).map(rows -> {
            var found = rows.iterator();
            Row row = found.hasNext() ? found.next() : null;
            if (row == null || !access.reaches(row.getString("siren"))) {
                throw EnterpriseAccess.notFound();
            }
            return row;
        });
    }
}
