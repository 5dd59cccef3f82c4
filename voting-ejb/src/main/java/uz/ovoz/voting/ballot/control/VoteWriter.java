package uz.ovoz.voting.ballot.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import uz.ovoz.platform.database.SchemaMigration;
import uz.ovoz.voting.ballot.entity.VoteType;

/**
 * Writes a batch of votes in one transaction: one JDBC batch of {@code MERGE … WHEN NOT MATCHED
 * THEN INSERT} statements, so the database, not a prior query, decides what is a duplicate. A row's
 * update count says whether it was stored (1) or already there (0). Later rows of a batch see the
 * earlier ones, so two votes from one device in one batch store one.
 */
@Stateless
public class VoteWriter {

    static final String PLAIN_MATCH = """
            v.event_id = s.event_id AND v.candidate_id = s.candidate_id
                   AND (v.device_id = s.device_id OR v.ballot_code = s.ballot_code
                        OR (s.one_per_ip AND v.ip = s.ip))""";

    static final String INDEXED_MATCH = """
            v.id = (SELECT w.id FROM votes w WHERE w.event_id = s.event_id
                               AND w.candidate_id = s.candidate_id AND w.device_id = s.device_id
                       UNION ALL
                       SELECT w.id FROM votes w WHERE w.event_id = s.event_id
                               AND w.candidate_id = s.candidate_id AND w.ballot_code = s.ballot_code
                       UNION ALL
                       SELECT w.id FROM votes w WHERE s.one_per_ip AND w.event_id = s.event_id
                               AND w.candidate_id = s.candidate_id AND w.ip = s.ip
                       FETCH FIRST 1 ROWS ONLY)""";

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    /**
     * For each request, the ids of the candidates whose vote was stored (its own first, if stored).
     * Any failure rolls the whole batch back (a runtime exception is a system exception).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<List<Long>> write(List<VoteRequest> requests) {
        try {
            return merge(requests);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing " + requests.size() + " votes failed: " + e.getMessage(), e);
        }
    }

    private List<List<Long>> merge(List<VoteRequest> requests) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement merge = connection.prepareStatement(mergeSql(connection))) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (VoteRequest request : requests) {
                addRow(merge, request, request.candidateId(), request.voteType(), false, now);
            }
            int[] primary = merge.executeBatch();
            // Automatic votes only go with a stored vote, so they are a second batch of the same transaction
            List<VoteRequest> storedRequests = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                if (primary[i] > 0 && !requests.get(i).automaticCandidates().isEmpty()) {
                    storedRequests.add(requests.get(i));
                    for (Long peer : requests.get(i).automaticCandidates()) {
                        addRow(merge, requests.get(i), peer, requests.get(i).automaticTypeForPeers(), true, now);
                    }
                }
            }
            int[] automatic = storedRequests.isEmpty() ? new int[0] : merge.executeBatch();
            return stored(requests, primary, automatic);
        }
    }

    private static List<List<Long>> stored(List<VoteRequest> requests, int[] primary, int[] automatic) {
        List<List<Long>> stored = new ArrayList<>(requests.size());
        int row = 0;
        for (int i = 0; i < requests.size(); i++) {
            VoteRequest request = requests.get(i);
            List<Long> candidates = new ArrayList<>();
            if (primary[i] > 0) {
                candidates.add(request.candidateId());
                for (Long peer : request.automaticCandidates()) {
                    if (automatic[row++] > 0) {
                        candidates.add(peer);
                    }
                }
            }
            stored.add(candidates);
        }
        return stored;
    }

    private static void addRow(PreparedStatement merge, VoteRequest request, long candidateId, VoteType type,
            boolean automatic, OffsetDateTime now) throws SQLException {
        int i = 0;
        merge.setLong(++i, request.eventId());
        merge.setLong(++i, candidateId);
        merge.setString(++i, request.deviceId());
        merge.setString(++i, request.ip());
        merge.setString(++i, request.ballotCode());
        merge.setBoolean(++i, request.onePerIp());
        merge.setString(++i, type.wire());
        merge.setString(++i, request.nonce());
        merge.setBoolean(++i, automatic);
        merge.setObject(++i, now);
        merge.addBatch();
    }

    /**
     * On PostgreSQL the earlier vote that makes this one a duplicate is looked up by one index per
     * rule (device, ballot code, address) and joined by id: an {@code ON} with {@code OR}s across the
     * rules makes a prepared (generic) plan read every vote of the candidate, about 1.5 ms a vote at
     * 10,000 votes. H2 cannot run that form (a correlated subquery in {@code MERGE … ON}) and keeps
     * the plain one; its tables stay small.
     */
    static String mergeSql(Connection connection) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        return """
                MERGE INTO votes v
                USING (SELECT CAST(? AS BIGINT) AS event_id, CAST(? AS BIGINT) AS candidate_id,
                              CAST(? AS VARCHAR(128)) AS device_id, CAST(? AS VARCHAR(64)) AS ip,
                              CAST(? AS VARCHAR(32)) AS ballot_code, CAST(? AS BOOLEAN) AS one_per_ip) s
                ON %s
                WHEN NOT MATCHED THEN INSERT
                    (id, event_id, candidate_id, vote_type, device_id, ip, nonce, automatic, ballot_code, created_at)
                VALUES (%s, s.event_id, s.candidate_id, ?, s.device_id, s.ip, ?, ?, s.ballot_code, ?)
                """.formatted(postgres ? INDEXED_MATCH : PLAIN_MATCH,
                postgres ? "nextval('votes_seq')" : "NEXT VALUE FOR votes_seq");
    }
}
