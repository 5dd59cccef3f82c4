package uz.ovoz.voting.ballot.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import uz.ovoz.platform.database.DatabaseUnavailable;
import uz.ovoz.platform.database.SchemaMigration;

/** Writes a batch of votes in one transaction of its own; {@link VoteBatch} says how. */
@Stateless
public class VoteWriter {

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    /**
     * What became of each request, in order. Any failure rolls the whole batch back (a runtime
     * exception is a system exception).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<VoteOutcome> write(List<VoteRequest> requests) {
        try (Connection connection = DatabaseUnavailable.connect(dataSource)) {
            return new VoteBatch(connection).write(requests);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing " + requests.size() + " votes failed: " + e.getMessage(), e);
        }
    }
}
