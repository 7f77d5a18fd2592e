package org.essor.programmes.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

/** The registry projection's row of an enterprise, as the tests compare it: version, status and départements. */
final class KnownEnterpriseRows {

    private KnownEnterpriseRows() {
    }

    static String of(DataSource dataSource, UUID enterpriseId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var query = connection.prepareStatement(
                "SELECT version, status, departements FROM known_enterprise WHERE enterprise_id = ?")) {
            query.setObject(1, enterpriseId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("enterprise %s is known", enterpriseId).isTrue();
                return row.getLong(1) + " " + row.getString(2) + " " + row.getString(3);
            }
        }
    }
}
