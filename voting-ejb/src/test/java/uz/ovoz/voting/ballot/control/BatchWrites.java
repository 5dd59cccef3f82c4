package uz.ovoz.voting.ballot.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Writes batches as {@code VoteWriter} and {@code VoteFlusher} do: one transaction, then one by one on failure. */
final class BatchWrites {

    private BatchWrites() {}

    static List<VoteOutcome> write(CountDatabase database, List<VoteRequest> batch) throws SQLException {
        try {
            return once(database, batch);
        } catch (SQLException batchFailure) {
            List<VoteOutcome> outcomes = new ArrayList<>();
            for (VoteRequest request : batch) {
                try {
                    outcomes.add(once(database, List.of(request)).get(0));
                } catch (SQLException failure) {
                    outcomes.add(new VoteOutcome.Failed(request, failure.getMessage()));
                }
            }
            return outcomes;
        }
    }

    private static List<VoteOutcome> once(CountDatabase database, List<VoteRequest> batch) throws SQLException {
        try (Connection connection = database.connect()) {
            try {
                List<VoteOutcome> outcomes = new VoteBatch(connection).write(batch);
                connection.commit();
                return outcomes;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
