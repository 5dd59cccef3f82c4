package uz.ovoz.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriverDataSourceTest {

    @Test
    void urlChoosesTheBundledDriver() throws SQLException {
        assertEquals(
                "org.h2.Driver",
                DriverDataSource.driverFor("jdbc:h2:mem:x").getClass().getName());
        assertEquals(
                "org.postgresql.Driver",
                DriverDataSource.driverFor("jdbc:postgresql://127.0.0.1:5432/test")
                        .getClass()
                        .getName());
    }

    @Test
    void anH2DatabaseWritesEveryCommitBeforeItReturns() {
        assertEquals(
                "jdbc:h2:~/.ovoz/data/ovoz;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                DriverDataSource.durable("jdbc:h2:~/.ovoz/data/ovoz;DB_CLOSE_ON_EXIT=FALSE"));
        assertEquals(
                "jdbc:h2:/var/ovoz/db;write_delay=100",
                DriverDataSource.durable("jdbc:h2:/var/ovoz/db;write_delay=100"),
                "an operator's own write delay is kept");
        assertEquals(
                "jdbc:postgresql://127.0.0.1:5432/test",
                DriverDataSource.durable("jdbc:postgresql://127.0.0.1:5432/test"));
    }

    @Test
    void urlWithoutABundledDriverIsRefusedWithItsName() {
        SQLException refused =
                assertThrows(SQLException.class, () -> DriverDataSource.driverFor("jdbc:oracle:thin:@x"));
        assertTrue(refused.getMessage().contains("jdbc:oracle:thin:@x"), refused.getMessage());
    }

    @Test
    void missingUrlNamesTheSettingToFix() {
        SQLException refused = assertThrows(SQLException.class, () -> new DriverDataSource().getConnection());
        assertTrue(refused.getMessage().contains("OVOZ_DB_URL"), refused.getMessage());
    }

    @Test
    void connectsToAnH2FileDatabaseWithTheConfiguredUser(@TempDir Path dir) throws SQLException {
        DriverDataSource dataSource = new DriverDataSource();
        dataSource.setUrl("jdbc:h2:file:" + dir.resolve("db"));
        dataSource.setUser("ovoz");
        dataSource.setPassword("secret");
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection.createStatement().executeQuery("SELECT CURRENT_USER")) {
            rs.next();
            assertEquals("OVOZ", rs.getString(1).toUpperCase());
        }
    }
}
