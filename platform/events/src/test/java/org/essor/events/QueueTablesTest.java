package org.essor.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.essor.events.testapp.LedgerTestSupport;
import org.essor.testing.quarkus.EssorTestServers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
class QueueTablesTest extends LedgerTestSupport {

    @Test
    void theQueueTablesAreVacuumedAfterAFixedNumberOfChangesNotAFractionOfTheirSize() throws Exception {
        for (String table : List.of("outbox", "outbox_lease", "consumer_position", "processed_event")) {
            assertThat(storageOptions(table)).as(table)
                    .contains("autovacuum_vacuum_scale_factor=0").anyMatch(option -> option.startsWith("autovacuum_vacuum_threshold="));
        }
        assertThat(storageOptions("outbox")).contains("autovacuum_analyze_scale_factor=0", "autovacuum_vacuum_insert_scale_factor=0");
    }

    private List<String> storageOptions(String table) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT unnest(reloptions) FROM pg_class WHERE oid = to_regclass(?)")) {
            select.setString(1, table);
            List<String> options = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    options.add(result.getString(1));
                }
            }
            return options;
        }
    }
}
