package uz.ovoz.platform.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheCausesIsTheDatabaseBeingAway() {
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")))));
        assertTrue(DatabaseUnavailable.causes(new IllegalStateException(new SQLTransientConnectionException("pool"))));
    }

    @Test
    void aRefusedRowOrAnErrorWithoutStateIsNot() {
        assertFalse(DatabaseUnavailable.causes(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.causes(new RuntimeException(new SQLException("canceled", "57014"))));
        assertFalse(DatabaseUnavailable.causes(new IllegalStateException("no cause")));
    }

    @Test
    void noConnectionFromTheDataSourceIsTheDatabaseBeingAwayWhateverItsState() {
        DriverDataSource unconfigured = new DriverDataSource();
        DatabaseUnavailable away =
                assertThrows(DatabaseUnavailable.class, () -> DatabaseUnavailable.connect(unconfigured));
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(away)));
    }
}
