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

    /** The server the tests use unless {@code ESSOR_TEST_PG} names another. */
    public static final String DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432";

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

    /** The server of {@code ESSOR_TEST_PG} (system property {@code essor.test.pg} first), else the default. */
    public static PostgresServer forTests() {
        String url = System.getProperty("essor.test.pg", System.getenv("ESSOR_TEST_PG"));
        return parse(url == null || url.isBlank() ? DEFAULT_URL : url);
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
            if ("08001".equals(e.getSQLState()) || "08004".equals(e.getSQLState())) {
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
                + "' (" + cause.getMessage() + "). Start the local one with `pg_ctlcluster 15 main start`, "
                + "or set ESSOR_TEST_PG=postgresql://user[:password]@host:port to use another server.", cause);
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
    }
}
