package uz.ovoz.platform.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uz.ovoz.platform.database.DatabaseUnavailable;

class FallbackWriteTest {

    /** Stores rows unless one is "bad" (a refused row) or the database is "away"; counts its transactions. */
    static class Database {
        final List<List<String>> transactions = new ArrayList<>();
        boolean away;

        List<String> store(List<String> rows) {
            transactions.add(rows);
            if (away) {
                // what a pool that waited for a connection in vain throws, wrapped as the EJB container does
                throw new IllegalStateException(new DatabaseUnavailable(
                        "No database connection", new SQLException("Connection refused", "08001")));
            }
            if (rows.contains("bad")) {
                throw new IllegalStateException(new SQLException("duplicate key", "23505"));
            }
            return rows.stream().map(row -> "stored " + row).toList();
        }
    }

    private final Database database = new Database();
    private final AtomicInteger outages = new AtomicInteger();
    private final FallbackWrite<String, String> fallback =
            new FallbackWrite<>("rows", database::store, row -> "busy " + row, row -> "failed " + row);

    @Test
    void aRowTheDatabaseRefusesFailsAloneAndTheOthersAreStoredOneByOne() {
        assertEquals(
                List.of("stored a", "failed bad", "stored c"),
                fallback.write(List.of("a", "bad", "c"), outages::incrementAndGet));
        assertEquals(4, database.transactions.size(), "the batch, then each row");
        assertEquals(0, outages.get());
    }

    @Test
    void anUnreachableDatabaseFailsTheWholeBatchBusyInOneAttemptNotOnePerRow() {
        database.away = true;
        List<String> rows = List.of("a", "b", "c", "d", "e");
        assertEquals(
                List.of("busy a", "busy b", "busy c", "busy d", "busy e"),
                fallback.write(rows, outages::incrementAndGet));
        assertEquals(1, database.transactions.size(), "one connection wait for the batch, not one per row");
        assertEquals(1, outages.get());
    }

    @Test
    void theDatabaseLostWhileWritingOneByOneAnswersTheRestBusyAtOnce() {
        Database failing = new Database() {
            @Override
            List<String> store(List<String> rows) {
                away = transactions.size() >= 2;
                return super.store(rows);
            }
        };
        FallbackWrite<String, String> writes =
                new FallbackWrite<>("rows", failing::store, row -> "busy " + row, row -> "failed " + row);
        assertEquals(
                List.of("failed bad", "busy b", "busy c", "busy d"),
                writes.write(List.of("bad", "b", "c", "d"), outages::incrementAndGet));
        assertEquals(3, failing.transactions.size(), "the batch, the bad row, one attempt for the rest");
        assertEquals(1, outages.get());
    }
}
