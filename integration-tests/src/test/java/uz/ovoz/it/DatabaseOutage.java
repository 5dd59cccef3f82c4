package uz.ovoz.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The test database turned away for a while: PostgreSQL refuses new connections to it and ends the
 * open ones, as when it restarts. Needs the PostgreSQL run ({@code -Ppostgresql}).
 */
public final class DatabaseOutage implements AutoCloseable {

    private final Connection maintenance;
    private final String name;

    private DatabaseOutage(Connection maintenance, String name) {
        this.maintenance = maintenance;
        this.name = name;
    }

    /** Starts an outage; skips the calling test when the suite runs on H2. */
    public static DatabaseOutage begin() throws SQLException {
        String database = postgresUrl();
        String name = database.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
        DatabaseOutage outage = new DatabaseOutage(connect(database.replaceAll("/[^/?]+(\\?.*)?$", "/postgres")), name);
        try (Statement statement = outage.maintenance.createStatement()) {
            statement.execute("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS false");
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
        }
        return outage;
    }

    /** A connection of the test's own to the application's database, to check what it stored. */
    public static Connection testDatabase() throws SQLException {
        return connect(postgresUrl());
    }

    private static String postgresUrl() {
        String database = System.getProperty("ovoz.it.db.url", "");
        Assumptions.assumeTrue(database.startsWith("jdbc:postgresql:"), "needs PostgreSQL: run with -Ppostgresql");
        return database;
    }

    private static Connection connect(String url) throws SQLException {
        try {
            // DriverManager finds the driver only if something loaded it before in this JVM
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the PostgreSQL driver is not on the test class path", e);
        }
        return DriverManager.getConnection(
                url, System.getProperty("ovoz.it.db.user"), System.getProperty("ovoz.it.db.password"));
    }

    /** Lets connections in again. */
    @Override
    public void close() throws SQLException {
        try (maintenance;
                Statement statement = maintenance.createStatement()) {
            statement.execute("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS true");
        }
    }
}
