package org.essor.testing.servers;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A PostgreSQL server named by a {@code postgresql://user[:password]@host:port} URL, on which tests create
 * uniquely named databases and the launcher creates each service's database.
 */
public final class PostgresServer {

    private final String host;
    private final int port;
    private final String user;
    private final String password;

    private PostgresServer(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /**
     * The server of {@code ESSOR_TEST_PG} (system property {@code essor.test.pg} first); without one, this JVM's own
     * {@link EmbeddedPostgres}, started on first use.
     */
    public static PostgresServer forTests() {
        String url = System.getProperty("essor.test.pg", System.getenv("ESSOR_TEST_PG"));
        return url == null || url.isBlank() ? EmbeddedPostgres.shared().server() : parse(url);
    }

    public static PostgresServer parse(String url) {
        URI uri = URI.create(url.replaceFirst("^postgres(ql)?://", "postgresql://"));
        String userInfo = uri.getUserInfo() == null ? "postgres" : uri.getUserInfo();
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
        String password = colon < 0 ? "" : userInfo.substring(colon + 1);
        return new PostgresServer(uri.getHost() == null ? "127.0.0.1" : uri.getHost(),
                uri.getPort() < 0 ? 5432 : uri.getPort(), user, password);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** Creates a new, empty database whose name starts with {@code prefix} and returns its name. */
    public String createUniqueDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        execute("CREATE DATABASE " + name);
        return name;
    }

    /** Creates the database unless it exists; returns true when it was created. */
    public boolean createDatabaseIfMissing(String name) {
        requireIdentifier(name);
        try (Connection connection = connect("postgres");
             var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, name);
            if (statement.executeQuery().next()) {
                return false;
            }
        } catch (SQLException e) {
            throw unreachable(e);
        }
        execute("CREATE DATABASE " + name);
        return true;
    }

    public void dropDatabase(String name) {
        requireIdentifier(name);
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** Fails with the fix in the message when no server answers. */
    public void requireReachable() {
        try (Connection ignored = connect("postgres")) {
            // reachable
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            if (e.getSQLState() != null && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("28"))) {
                throw unreachable(e);
            }
            throw new IllegalStateException("PostgreSQL refused `" + sql + "`: " + e.getMessage(), e);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    private IllegalStateException unreachable(SQLException cause) {
        return new IllegalStateException("No PostgreSQL server answers at " + host + ":" + port + " as user '" + user
                + "' (" + cause.getMessage() + "). " + hint(cause), cause);
    }

    private static String hint(SQLException cause) {
        if ("28P01".equals(cause.getSQLState()) || "28000".equals(cause.getSQLState())) {
            return "The server is there but refuses these credentials: put the user's password in the URL "
                    + "(postgresql://user:password@host:port), or leave ESSOR_TEST_PG / ESSOR_PG unset to use Essor's own server.";
        }
        return "Start that server, or leave ESSOR_TEST_PG / ESSOR_PG unset to use Essor's own server.";
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
    }
}
