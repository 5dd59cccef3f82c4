package uz.ovoz.voting.ballot.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A row of the votes table as a test reads it back. */
record StoredVote(
        long id,
        long candidateId,
        String deviceId,
        String ballotCode,
        String ip,
        String voteType,
        boolean automatic,
        Long castVoteId) {

    static List<StoredVote> of(CountDatabase database, long eventId) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement query =
                        connection.prepareStatement("SELECT id, candidate_id, device_id, ballot_code, ip,"
                                + " vote_type, automatic, cast_vote_id FROM votes WHERE event_id = ? ORDER BY id")) {
            query.setLong(1, eventId);
            List<StoredVote> votes = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    votes.add(new StoredVote(
                            row.getLong(1),
                            row.getLong(2),
                            row.getString(3),
                            row.getString(4),
                            row.getString(5),
                            row.getString(6),
                            row.getBoolean(7),
                            row.getObject(8, Long.class)));
                }
            }
            connection.commit();
            return votes;
        }
    }

    /** The short form tests compare: candidate, device, type, and whether it was automatic. */
    String brief() {
        return candidateId + "/" + deviceId + "/" + voteType + (automatic ? "/auto" : "");
    }
}
