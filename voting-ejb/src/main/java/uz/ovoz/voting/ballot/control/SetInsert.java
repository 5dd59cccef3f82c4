package uz.ovoz.voting.ballot.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL's write of a batch's rows: a few set-based statements ({@code INSERT … SELECT FROM
 * unnest(…) ON CONFLICT DO NOTHING RETURNING id}) in place of one statement per row, storing what the
 * rows written one by one in batch order would.
 * <p>
 * One statement does not see its own rows: an automatic vote must land only if its cast vote did, and
 * a cast vote must meet the automatic votes of an earlier request from the same device before it. So
 * the requests go in waves: a request joins the wave after the last one holding a request with the
 * same device, ballot code or counted address in the same event (every rule of the count is a unique
 * key over one of these), so no two requests of a wave can ever compete for a key and their order
 * within it changes nothing. Each wave is two statements: its cast votes, then the automatic votes of
 * those the database stored. A storm of distinct phones is one wave: two statements for 500 votes.
 */
final class SetInsert {

    static final String INSERT = """
            INSERT INTO votes (id, event_id, candidate_id, vote_type, device_id, ip, ip_once, nonce, automatic,
                               ballot_code, decision_group, cast_vote_id, created_at)
            SELECT id, event_id, candidate_id, vote_type, device_id, ip, ip_once, nonce, cast_vote_id IS NOT NULL,
                   ballot_code, decision_group, cast_vote_id, ?
            FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[],
                        ?::varchar[], ?::varchar[], ?::varchar[], ?::integer[], ?::bigint[])
                AS row (id, event_id, candidate_id, vote_type, device_id, ip, ip_once, nonce, ballot_code,
                        decision_group, cast_vote_id)
            ON CONFLICT DO NOTHING
            RETURNING id
            """;

    private final Connection connection;
    private final OffsetDateTime now;

    SetInsert(Connection connection, OffsetDateTime now) {
        this.connection = connection;
        this.now = now;
    }

    /** For each row of {@code rows}, in order, 1 if it was stored and 0 if a rule refused it. */
    int[] insert(List<List<VoteBatch.Row>> rows) throws SQLException {
        Set<Long> stored = new HashSet<>();
        for (List<List<VoteBatch.Row>> wave : waves(rows)) {
            List<VoteBatch.Row> casts = new ArrayList<>(wave.size());
            wave.forEach(ofRequest -> casts.add(ofRequest.get(0)));
            Set<Long> storedCasts = write(casts);
            stored.addAll(storedCasts);
            List<VoteBatch.Row> automatic = new ArrayList<>();
            for (List<VoteBatch.Row> ofRequest : wave) {
                if (storedCasts.contains(ofRequest.get(0).id())) {
                    automatic.addAll(ofRequest.subList(1, ofRequest.size()));
                }
            }
            stored.addAll(write(automatic));
        }
        return rows.stream()
                .flatMap(List::stream)
                .mapToInt(row -> stored.contains(row.id()) ? 1 : 0)
                .toArray();
    }

    /** The requests (their rows; refused ones have none) in waves, each after those it shares a key with. */
    static List<List<List<VoteBatch.Row>>> waves(List<List<VoteBatch.Row>> rows) {
        Map<String, Integer> lastWave = new HashMap<>();
        List<List<List<VoteBatch.Row>>> waves = new ArrayList<>();
        for (List<VoteBatch.Row> ofRequest : rows) {
            if (ofRequest.isEmpty()) {
                continue;
            }
            List<String> keys = keys(ofRequest.get(0).request());
            int wave = keys.stream()
                            .mapToInt(key -> lastWave.getOrDefault(key, -1))
                            .max()
                            .orElse(-1)
                    + 1;
            keys.forEach(key -> lastWave.put(key, wave));
            if (wave == waves.size()) {
                waves.add(new ArrayList<>());
            }
            waves.get(wave).add(ofRequest);
        }
        return waves;
    }

    private static List<String> keys(VoteRequest request) {
        List<String> keys = new ArrayList<>(3);
        keys.add(request.eventId() + "/device/" + request.deviceId());
        if (request.ballotCode() != null) {
            keys.add(request.eventId() + "/code/" + request.ballotCode());
        }
        if (request.ipOnce() != null) {
            keys.add(request.eventId() + "/ip/" + request.ipOnce());
        }
        return keys;
    }

    /** Writes the rows in one statement; returns the ids of those stored. */
    private Set<Long> write(List<VoteBatch.Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return Set.of();
        }
        int size = rows.size();
        Long[] ids = new Long[size];
        Long[] events = new Long[size];
        Long[] candidates = new Long[size];
        String[] types = new String[size];
        String[] devices = new String[size];
        String[] ips = new String[size];
        String[] ipsOnce = new String[size];
        String[] nonces = new String[size];
        String[] codes = new String[size];
        Integer[] groups = new Integer[size];
        Long[] casts = new Long[size];
        for (int i = 0; i < size; i++) {
            VoteBatch.Row row = rows.get(i);
            VoteRequest request = row.request();
            ids[i] = row.id();
            events[i] = request.eventId();
            candidates[i] = row.candidateId();
            types[i] = row.type().wire();
            devices[i] = request.deviceId();
            ips[i] = request.ip();
            ipsOnce[i] = request.ipOnce();
            nonces[i] = request.nonce();
            codes[i] = request.ballotCode();
            groups[i] = row.decisionGroup();
            casts[i] = row.castVoteId();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int i = 0;
            insert.setObject(++i, now);
            for (Array column : List.of(
                    connection.createArrayOf("bigint", ids),
                    connection.createArrayOf("bigint", events),
                    connection.createArrayOf("bigint", candidates),
                    connection.createArrayOf("varchar", types),
                    connection.createArrayOf("varchar", devices),
                    connection.createArrayOf("varchar", ips),
                    connection.createArrayOf("varchar", ipsOnce),
                    connection.createArrayOf("varchar", nonces),
                    connection.createArrayOf("varchar", codes),
                    connection.createArrayOf("integer", groups),
                    connection.createArrayOf("bigint", casts))) {
                insert.setArray(++i, column);
            }
            Set<Long> stored = new HashSet<>();
            try (ResultSet written = insert.executeQuery()) {
                while (written.next()) {
                    stored.add(written.getLong(1));
                }
            }
            return stored;
        }
    }
}
