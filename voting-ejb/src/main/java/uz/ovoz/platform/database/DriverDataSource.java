package uz.ovoz.platform.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that connects through whichever bundled JDBC driver accepts the configured
 * URL, so that one setting ({@code ovoz.db.url}) switches between H2 and PostgreSQL. Payara pools
 * the connections it returns.
 *
 * <p>Drivers are looked up with this class's loader rather than through {@code DriverManager},
 * which only sees drivers of the server's own class path.
 */
public class DriverDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL: set ovoz.db.url (OVOZ_DB_URL)");
        }
        Properties properties = new Properties();
        if (username != null && !username.isEmpty()) {
            properties.setProperty("user", username);
        }
        if (pass != null && !pass.isEmpty()) {
            properties.setProperty("password", pass);
        }
        Connection connection = driverFor(url).connect(durable(url), properties);
        if (connection == null) {
            throw new SQLException("The driver refused the database URL " + url);
        }
        return connection;
    }

    /**
     * The URL with {@code WRITE_DELAY=0} added for H2 unless it names a write delay itself. H2 2.x
     * writes a commit to its file up to {@code WRITE_DELAY} (500 ms by default) after the commit has
     * returned, so a killed process lost the last half second of votes that voters had been told were
     * stored (measured: about 1,400 single-row commits). With 0 each commit is handed to the operating
     * system before it returns and survives the process; H2 calls no fsync per commit, so a power
     * loss or an OS crash can still take the last seconds (docs/operations.md, "Durability").
     */
    static String durable(String url) {
        return url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")
                ? url + ";WRITE_DELAY=0"
                : url;
    }

    static Driver driverFor(String url) throws SQLException {
        for (Driver driver : ServiceLoader.load(Driver.class, DriverDataSource.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        throw new SQLException("No bundled JDBC driver accepts " + url + " (H2 and PostgreSQL are bundled)");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // connections log through their drivers' own loggers
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
