package uz.ovoz.platform.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import uz.ovoz.platform.database.DatabaseUnavailable;

/**
 * How a flusher writes a batch: in one transaction, and after a failure row by row, so that one row
 * the database refuses fails alone. When the failure is the database itself ({@link DatabaseUnavailable}),
 * every row would wait for a connection in turn and fail the same way: the whole batch (and what
 * is left of it) is answered {@code unavailable} at once, and {@code onUnavailable} runs.
 *
 * @param what         what a row is, for the log ("votes")
 * @param store        writes rows in one transaction and returns one result per row, or throws
 * @param unavailable  the answer to a row when the database is away: the client may send it again
 * @param failed       the answer to a row the database refused on its own
 */
public record FallbackWrite<T, R>(
        String what, Function<List<T>, List<R>> store, Function<T, R> unavailable, Function<T, R> failed) {

    private static final Logger LOG = Logger.getLogger(FallbackWrite.class.getName());

    public List<R> write(List<T> rows, Runnable onUnavailable) {
        try {
            return store.apply(rows);
        } catch (RuntimeException batchFailure) {
            if (DatabaseUnavailable.causes(batchFailure)) {
                return unavailable(rows, 0, batchFailure, onUnavailable);
            }
            LOG.log(Level.WARNING, "A batch of {0} {1} failed ({2}); writing them one by one", new Object[] {
                rows.size(), what, batchFailure.getMessage()
            });
            return oneByOne(rows, onUnavailable);
        }
    }

    private List<R> oneByOne(List<T> rows, Runnable onUnavailable) {
        List<R> results = new ArrayList<>(rows.size());
        for (T row : rows) {
            try {
                results.add(store.apply(List.of(row)).get(0));
            } catch (RuntimeException e) {
                if (DatabaseUnavailable.causes(e)) {
                    results.addAll(unavailable(rows, results.size(), e, onUnavailable));
                    return results;
                }
                LOG.log(Level.WARNING, "One of the {0} could not be stored: {1}", new Object[] {what, e.getMessage()});
                results.add(failed.apply(row));
            }
        }
        return results;
    }

    private List<R> unavailable(List<T> rows, int from, RuntimeException failure, Runnable onUnavailable) {
        LOG.log(Level.WARNING, "The database is unavailable ({0}): {1} {2} answered busy", new Object[] {
            failure.getMessage(), rows.size() - from, what
        });
        onUnavailable.run();
        return rows.subList(from, rows.size()).stream().map(unavailable).toList();
    }
}
