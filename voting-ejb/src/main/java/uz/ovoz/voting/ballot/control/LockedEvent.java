package uz.ovoz.voting.ballot.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uz.ovoz.voting.event.control.VotingWindow;
import uz.ovoz.voting.event.entity.EventStatus;

/**
 * An event as the vote writer sees it inside its transaction, with the event's row locked until the
 * commit: an admin's change (next candidate, stop, reset, clear) commits either before the votes are
 * checked, and they are checked against it, or after they are stored, and acts on them.
 */
record LockedEvent(VotingWindow window, int round) {

    /** Reads and locks the event; empty when it no longer exists. */
    static Optional<LockedEvent> lock(Connection connection, long eventId, boolean postgres) throws SQLException {
        // PostgreSQL lets writers of several instances hold the lock together; H2 knows only FOR UPDATE
        String lock = postgres ? "FOR SHARE" : "FOR UPDATE";
        try (PreparedStatement event = connection.prepareStatement(
                "SELECT status, current_index, timer_ends_at, vote_round FROM events WHERE id = ? " + lock)) {
            event.setLong(1, eventId);
            try (ResultSet row = event.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                EventStatus status = EventStatus.valueOf(row.getString(1));
                Integer current = row.getObject(2, Integer.class);
                OffsetDateTime ends = row.getObject(3, OffsetDateTime.class);
                int round = row.getInt(4);
                return Optional.of(new LockedEvent(
                        new VotingWindow(
                                status, lineup(connection, eventId), current, ends == null ? null : ends.toInstant()),
                        round));
            }
        }
    }

    private static List<VotingWindow.Place> lineup(Connection connection, long eventId) throws SQLException {
        try (PreparedStatement places = connection.prepareStatement(
                "SELECT candidate_id, group_no FROM event_candidates WHERE event_id = ? ORDER BY sort_order")) {
            places.setLong(1, eventId);
            List<VotingWindow.Place> lineup = new ArrayList<>();
            try (ResultSet row = places.executeQuery()) {
                while (row.next()) {
                    lineup.add(new VotingWindow.Place(row.getLong(1), row.getObject(2, Integer.class)));
                }
            }
            return lineup;
        }
    }
}
