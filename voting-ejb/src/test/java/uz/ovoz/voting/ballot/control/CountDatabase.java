package uz.ovoz.voting.ballot.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

/**
 * A real database with the product's migrations applied, for tests of the vote writer: an in-memory
 * H2, or a schema of its own in the PostgreSQL at {@code ovoz.test.postgres.url} (default: the
 * machine's {@code test} database), dropped on close. Without PostgreSQL its tests are skipped,
 * except under {@code CI=true}, where a missing database fails them.
 */
final class CountDatabase implements AutoCloseable {

    private static final String POSTGRES_URL =
            System.getProperty("ovoz.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String POSTGRES_USER = System.getProperty("ovoz.test.postgres.user", "postgres");
    private static final String POSTGRES_PASSWORD = System.getProperty("ovoz.test.postgres.password", "");

    private final String name;
    private final String url;
    private final String user;
    private final String password;
    private final String schema;

    private CountDatabase(String name, String url, String user, String password, String schema) {
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .schemas(schema == null ? new String[0] : new String[] {schema})
                .load()
                .migrate();
    }

    static List<String> names() {
        return List.of("H2", "PostgreSQL");
    }

    static CountDatabase open(String name) {
        String id = "count_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (name.equals("H2")) {
            return new CountDatabase(name, "jdbc:h2:mem:" + id + ";DB_CLOSE_DELAY=-1", "sa", "", null);
        }
        try (Connection probe = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD)) {
            probe.isValid(2);
        } catch (SQLException unavailable) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("PostgreSQL at " + POSTGRES_URL + " is required under CI", unavailable);
            }
            Assumptions.abort("no PostgreSQL at " + POSTGRES_URL + ": " + unavailable.getMessage());
        }
        String separator = POSTGRES_URL.contains("?") ? "&" : "?";
        return new CountDatabase(
                name, POSTGRES_URL + separator + "currentSchema=" + id, POSTGRES_USER, POSTGRES_PASSWORD, id);
    }

    boolean postgres() {
        return schema != null;
    }

    /** A connection in a transaction of its own (auto-commit off). */
    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        connection.setAutoCommit(false);
        if (postgres()) {
            try (Statement statement = connection.createStatement()) {
                // Writers of one device's group votes can wait for each other in a circle; find it fast
                statement.execute("SET deadlock_timeout = '50ms'");
            }
            connection.commit();
        }
        return connection;
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(postgres() ? "DROP SCHEMA " + schema + " CASCADE" : "SHUTDOWN");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
