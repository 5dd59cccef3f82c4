package uz.ovoz.voting.ballot.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import uz.ovoz.voting.ballot.entity.VoteType;
import uz.ovoz.voting.event.control.VotingWindow;
import uz.ovoz.voting.event.entity.EventStatus;

/**
 * An event in a {@link CountDatabase}, run the way {@code EventAdmin} runs one: each admin action is
 * one transaction, and reset and clear move the vote round on before they delete votes.
 */
final class Election {

    private static final AtomicLong IDS = new AtomicLong(1_000_000);

    /** What a voter's instance knows of the event: its picture may be older than the database. */
    record Snapshot(VotingWindow window, int round, boolean onePerIp, boolean requiresCodes) {}

    final CountDatabase database;
    final long eventId;
    final List<Long> candidates;

    private Election(CountDatabase database, long eventId, List<Long> candidates) {
        this.database = database;
        this.eventId = eventId;
        this.candidates = candidates;
    }

    /**
     * An active event with {@code count} candidates, the current one first and its countdown running.
     *
     * @param groups candidate positions (0-based) per group
     */
    static Election running(
            CountDatabase database,
            int count,
            Map<Integer, List<Integer>> groups,
            boolean onePerIp,
            boolean requiresCodes)
            throws SQLException {
        long eventId = IDS.incrementAndGet();
        List<Long> candidates = new ArrayList<>();
        try (Connection connection = database.connect()) {
            update(
                    connection,
                    "INSERT INTO events (id, name, link, duration_sec, status, current_index, one_vote_per_ip,"
                            + " requires_codes, created_at) VALUES (?, 'Property', ?, 30, 'ACTIVE', 0, ?, ?, ?)",
                    eventId,
                    "p" + eventId,
                    onePerIp,
                    requiresCodes,
                    now());
            for (int i = 0; i < count; i++) {
                long candidateId = IDS.incrementAndGet();
                candidates.add(candidateId);
                update(
                        connection,
                        "INSERT INTO candidates (id, full_name, created_at) VALUES (?, ?, ?)",
                        candidateId,
                        "Candidate " + i,
                        now());
                Integer group = groups.entrySet().stream()
                        .filter(entry -> entry.getValue().contains(candidates.size() - 1))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(null);
                update(
                        connection,
                        "INSERT INTO event_candidates (id, event_id, candidate_id, sort_order, group_no)"
                                + " VALUES (?, ?, ?, ?, ?)",
                        IDS.incrementAndGet(),
                        eventId,
                        candidateId,
                        i,
                        group);
            }
            connection.commit();
        }
        Election election = new Election(database, eventId, candidates);
        election.startTimer(Duration.ofMinutes(5));
        return election;
    }

    Snapshot snapshot() throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement flags = connection.prepareStatement(
                        "SELECT one_vote_per_ip, requires_codes FROM events WHERE id = ?")) {
            LockedEvent event =
                    LockedEvent.lock(connection, eventId, database.postgres()).orElseThrow();
            flags.setLong(1, eventId);
            try (ResultSet row = flags.executeQuery()) {
                row.next();
                Snapshot snapshot = new Snapshot(event.window(), event.round(), row.getBoolean(1), row.getBoolean(2));
                connection.commit();
                return snapshot;
            }
        }
    }

    /** A vote as {@code Ballots} queues it, or null when the snapshot already refuses it. */
    VoteRequest request(Snapshot snapshot, long candidateId, VoteType type, String device, String ip, String code) {
        Instant now = Instant.now();
        if (snapshot.window().shut(candidateId, now).isPresent()) {
            return null;
        }
        return new VoteRequest(
                eventId,
                candidateId,
                type,
                device,
                ip,
                "n-" + device,
                snapshot.requiresCodes() ? code : null,
                snapshot.onePerIp(),
                snapshot.round(),
                now);
    }

    void startTimer(Duration duration) throws SQLException {
        admin(
                "UPDATE events SET timer_started_at = ?, timer_ends_at = ? WHERE id = ?",
                now(),
                now().plus(duration),
                eventId);
    }

    void expireTimer() throws SQLException {
        admin("UPDATE events SET timer_ends_at = ? WHERE id = ?", now(), eventId);
    }

    /** Moves to the candidate at {@code index} with a fresh countdown, as next and a new timer do. */
    void moveTo(int index) throws SQLException {
        admin(
                "UPDATE events SET current_index = ?, timer_started_at = ?, timer_ends_at = ? WHERE id = ?",
                index,
                now(),
                now().plus(Duration.ofMinutes(5)),
                eventId);
    }

    void setStatus(EventStatus status) throws SQLException {
        admin("UPDATE events SET status = ? WHERE id = ?", status.name(), eventId);
    }

    /** Reset, then start again at the first candidate with a countdown running. */
    void resetAndRestart() throws SQLException {
        try (Connection connection = database.connect()) {
            closeRound(connection);
            update(connection, "DELETE FROM votes WHERE event_id = ?", eventId);
            update(
                    connection,
                    "UPDATE events SET status = 'PENDING', current_index = 0, timer_started_at = NULL,"
                            + " timer_ends_at = NULL WHERE id = ?",
                    eventId);
            connection.commit();
        }
        setStatus(EventStatus.ACTIVE);
        startTimer(Duration.ofMinutes(5));
    }

    /** Deletes the votes of the candidates (a candidate and its group, as the console clears them). */
    void clear(List<Long> cleared) throws SQLException {
        try (Connection connection = database.connect()) {
            closeRound(connection);
            for (Long candidateId : cleared) {
                update(connection, "DELETE FROM votes WHERE event_id = ? AND candidate_id = ?", eventId, candidateId);
            }
            connection.commit();
        }
    }

    /** The first statement of a reset or clear, on its own connection: the test decides when it commits. */
    void closeRound(Connection connection) throws SQLException {
        update(connection, "UPDATE events SET vote_round = vote_round + 1 WHERE id = ?", eventId);
    }

    private void admin(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.connect()) {
            update(connection, sql, parameters);
            connection.commit();
        }
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
