package uz.ovoz.voting.ballot.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uz.ovoz.voting.ballot.entity.VoteType;

/**
 * One batch of votes written on one connection, inside the caller's transaction. The database
 * decides every rule of the count:
 * <ul>
 * <li>each event's row is locked and every vote checked against it (running, candidate open, before
 * the deadline, same vote round as when the vote was checked), so nothing lands in a round an admin
 * closed, however late the news reached the voter's instance;</li>
 * <li>the rows go in the order of the batch, each cast vote followed by the automatic votes it
 * implies, and each automatic row is written only if its cast vote was (it names it in
 * {@code cast_vote_id}), so a batch stores what the same votes one by one would;</li>
 * <li>unique constraints refuse a second vote per candidate from a device, a ballot code or (where
 * the event says so) an address, and a second decision per group from a device or a code (a cast yes
 * or neutral; a no decides nothing for the others). On PostgreSQL
 * {@code ON CONFLICT DO NOTHING} turns a conflict, also with a concurrent writer, into "not stored",
 * and the rows go in a few set-based statements ({@link SetInsert}); H2 serves one instance with one
 * writer, takes a statement per row and checks the same rules in it.</li>
 * </ul>
 */
final class VoteBatch {

    /** The votes sequence's increment: each value N stands for the ids N-49..N, as for JPA. */
    static final int ID_BLOCK = 50;

    /** H2's statement per row, which checks the keys of the count itself. */
    static final String H2_INSERT = """
            INSERT INTO votes (id, event_id, candidate_id, vote_type, device_id, ip, ip_once, nonce, automatic,
                               ballot_code, decision_group, cast_vote_id, created_at)
            SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
            WHERE (CAST(? AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM votes c WHERE c.id = ?))
            AND NOT EXISTS (SELECT 1 FROM votes w WHERE w.event_id = ?
                AND ((w.candidate_id = ? AND (w.device_id = ? OR w.ballot_code = ? OR w.ip_once = ?))
                     OR (w.decision_group = ? AND (w.device_id = ? OR w.ballot_code = ?))))
            """;

    /** A row to write: a cast vote ({@code castVoteId} null) or an automatic vote following one. */
    record Row(long id, VoteRequest request, long candidateId, VoteType type, Integer decisionGroup, Long castVoteId) {}

    private final Connection connection;
    private final boolean postgres;

    VoteBatch(Connection connection) throws SQLException {
        this.connection = connection;
        this.postgres =
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    List<VoteOutcome> write(List<VoteRequest> requests) throws SQLException {
        Map<Long, Optional<LockedEvent>> events = lockEvents(requests);
        List<VoteOutcome> refusals = new ArrayList<>(requests.size());
        List<List<Row>> rows = plan(requests, events, refusals);
        int[] stored = insert(rows);
        List<VoteOutcome> outcomes = outcomes(requests, refusals, rows, stored);
        return withRecordedVotes(outcomes);
    }

    // In id order, so that writers of several instances never wait for each other in a circle
    private Map<Long, Optional<LockedEvent>> lockEvents(List<VoteRequest> requests) throws SQLException {
        Map<Long, Optional<LockedEvent>> events = new TreeMap<>();
        requests.forEach(request -> events.put(request.eventId(), Optional.empty()));
        for (Long eventId : events.keySet()) {
            events.put(eventId, LockedEvent.lock(connection, eventId, postgres));
        }
        return events;
    }

    /** Rows per request (none for a refused one, whose refusal is put in its place instead). */
    private List<List<Row>> plan(
            List<VoteRequest> requests, Map<Long, Optional<LockedEvent>> events, List<VoteOutcome> refusals)
            throws SQLException {
        // the peers each taken vote implies an automatic vote for: known before ids can be handed out
        List<List<Long>> automatic = new ArrayList<>(requests.size());
        int count = 0;
        for (VoteRequest request : requests) {
            Optional<VoteOutcome.Refused> refused = refusal(request, events.get(request.eventId()));
            refusals.add(refused.orElse(null));
            List<Long> peers = refused.isPresent() || request.automaticTypeForPeers() == null
                    ? List.of()
                    : events.get(request.eventId()).orElseThrow().window().peers(request.candidateId());
            automatic.add(peers);
            count += refused.isPresent() ? 0 : 1 + peers.size();
        }
        Ids ids = new Ids(allocate(count));
        List<List<Row>> rows = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            List<Row> ofRequest = new ArrayList<>(automatic.get(i).size() + 1);
            rows.add(ofRequest);
            if (refusals.get(i) == null) {
                VoteRequest request = requests.get(i);
                Integer decisionGroup = request.automaticTypeForPeers() == null
                        ? null
                        : events.get(request.eventId()).orElseThrow().window().group(request.candidateId());
                Row cast = new Row(ids.next(), request, request.candidateId(), request.voteType(), decisionGroup, null);
                ofRequest.add(cast);
                for (Long peer : automatic.get(i)) {
                    ofRequest.add(new Row(ids.next(), request, peer, request.automaticTypeForPeers(), null, cast.id()));
                }
            }
        }
        return rows;
    }

    private static Optional<VoteOutcome.Refused> refusal(VoteRequest request, Optional<LockedEvent> event) {
        if (event.isEmpty()) {
            return Optional.of(new VoteOutcome.Refused(request, "no_event", "This event no longer exists"));
        }
        if (event.get().round() != request.round()) {
            return Optional.of(new VoteOutcome.Refused(
                    request,
                    "votes_cleared",
                    "The votes were cleared while your vote was on its way; please vote again"));
        }
        return event.get()
                .window()
                .shut(request.candidateId(), request.receivedAt())
                .map(shut -> new VoteOutcome.Refused(request, shut.reason(), shut.message()));
    }

    private int[] insert(List<List<Row>> rows) throws SQLException {
        if (rows.stream().allMatch(List::isEmpty)) {
            return new int[0];
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (postgres) {
            return new SetInsert(connection, now).insert(rows);
        }
        try (PreparedStatement insert = connection.prepareStatement(H2_INSERT)) {
            for (List<Row> ofRequest : rows) {
                for (Row row : ofRequest) {
                    bind(insert, row, now);
                    insert.addBatch();
                }
            }
            return insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement insert, Row row, OffsetDateTime now) throws SQLException {
        VoteRequest request = row.request();
        int i = 0;
        insert.setLong(++i, row.id());
        insert.setLong(++i, request.eventId());
        insert.setLong(++i, row.candidateId());
        insert.setString(++i, row.type().wire());
        insert.setString(++i, request.deviceId());
        insert.setString(++i, request.ip());
        insert.setString(++i, request.ipOnce());
        insert.setString(++i, request.nonce());
        insert.setBoolean(++i, row.castVoteId() != null);
        insert.setString(++i, request.ballotCode());
        insert.setObject(++i, row.decisionGroup(), Types.INTEGER);
        insert.setObject(++i, row.castVoteId(), Types.BIGINT);
        insert.setObject(++i, now);
        insert.setObject(++i, row.castVoteId(), Types.BIGINT);
        insert.setObject(++i, row.castVoteId(), Types.BIGINT);
        insert.setLong(++i, request.eventId());
        insert.setLong(++i, row.candidateId());
        insert.setString(++i, request.deviceId());
        insert.setString(++i, request.ballotCode());
        insert.setString(++i, request.ipOnce());
        insert.setObject(++i, row.decisionGroup(), Types.INTEGER);
        insert.setString(++i, request.deviceId());
        insert.setString(++i, request.ballotCode());
    }

    private static List<VoteOutcome> outcomes(
            List<VoteRequest> requests, List<VoteOutcome> refusals, List<List<Row>> rows, int[] stored) {
        List<VoteOutcome> outcomes = new ArrayList<>(requests.size());
        int next = 0;
        for (int i = 0; i < requests.size(); i++) {
            if (refusals.get(i) != null) {
                outcomes.add(refusals.get(i));
                continue;
            }
            List<Row> ofRequest = rows.get(i);
            boolean castStored = stored[next++] > 0;
            List<Long> automatic = new ArrayList<>();
            for (Row row : ofRequest.subList(1, ofRequest.size())) {
                if (stored[next++] > 0) {
                    automatic.add(row.candidateId());
                }
            }
            outcomes.add(
                    castStored
                            ? new VoteOutcome.Stored(requests.get(i), automatic)
                            : new VoteOutcome.Duplicate(requests.get(i), null));
        }
        return outcomes;
    }

    /** Tells each duplicate what its device or code has on record for the candidate (a rare case: one query each). */
    private List<VoteOutcome> withRecordedVotes(List<VoteOutcome> outcomes) throws SQLException {
        if (outcomes.stream().noneMatch(VoteOutcome.Duplicate.class::isInstance)) {
            return outcomes;
        }
        List<VoteOutcome> answered = new ArrayList<>(outcomes.size());
        try (PreparedStatement recorded = connection.prepareStatement("""
                SELECT vote_type FROM votes WHERE event_id = ? AND candidate_id = ?
                    AND (device_id = ? OR ballot_code = ?) ORDER BY id FETCH FIRST 1 ROWS ONLY""")) {
            for (VoteOutcome outcome : outcomes) {
                if (outcome instanceof VoteOutcome.Duplicate duplicate) {
                    VoteRequest request = duplicate.request();
                    recorded.setLong(1, request.eventId());
                    recorded.setLong(2, request.candidateId());
                    recorded.setString(3, request.deviceId());
                    recorded.setString(4, request.ballotCode());
                    try (ResultSet row = recorded.executeQuery()) {
                        outcome = new VoteOutcome.Duplicate(
                                request,
                                row.next() ? VoteType.fromWire(row.getString(1)).orElse(null) : null);
                    }
                }
                answered.add(outcome);
            }
        }
        return answered;
    }

    /** The first ids of {@code blocks} blocks of {@link #ID_BLOCK} fresh ids from the votes sequence. */
    private List<Long> allocate(int rows) throws SQLException {
        int blocks = (rows + ID_BLOCK - 1) / ID_BLOCK;
        List<Long> firsts = new ArrayList<>(blocks);
        if (blocks == 0) {
            return firsts;
        }
        try (PreparedStatement sequence = connection.prepareStatement(
                postgres
                        ? "SELECT nextval('votes_seq') FROM generate_series(1, ?)"
                        : "SELECT NEXT VALUE FOR votes_seq FROM SYSTEM_RANGE(1, ?)")) {
            sequence.setInt(1, blocks);
            try (ResultSet values = sequence.executeQuery()) {
                while (values.next()) {
                    firsts.add(values.getLong(1) - ID_BLOCK + 1);
                }
            }
        }
        return firsts;
    }

    /** Hands out the ids of the allocated blocks one by one. */
    private static final class Ids {
        private final List<Long> firsts;
        private int used;

        Ids(List<Long> firsts) {
            this.firsts = firsts;
        }

        long next() {
            long id = firsts.get(used / ID_BLOCK) + used % ID_BLOCK;
            used++;
            return id;
        }
    }
}
