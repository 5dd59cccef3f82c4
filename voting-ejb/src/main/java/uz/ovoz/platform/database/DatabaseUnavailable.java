package uz.ovoz.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;

/**
 * The database could not be reached: no connection, or the connection was lost under a statement
 * (a restart, a failover, a network cut). Unlike a refused row, this fails every write alike, so a
 * writer that meets it stops instead of trying each row of a batch on its own.
 */
public class DatabaseUnavailable extends RuntimeException {

    private static final int MAX_CAUSES = 32;

    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    /** A connection from {@code dataSource}; a failure to get one is a {@code DatabaseUnavailable}. */
    public static Connection connect(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DatabaseUnavailable("No database connection: " + e.getMessage(), e);
        }
    }

    /** Whether {@code failure} or one of its causes says the database is unreachable rather than a row wrong. */
    public static boolean causes(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof DatabaseUnavailable
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && lostConnection(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQL states of a lost connection: class 08 (connection exception) and PostgreSQL's 57P01–57P05
     * (the server shut down, crashed, is starting, dropped the database, ended an idle session).
     */
    static boolean lostConnection(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }
}
