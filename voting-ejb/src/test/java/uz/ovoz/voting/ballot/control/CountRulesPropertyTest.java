package uz.ovoz.voting.ballot.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uz.ovoz.voting.ballot.entity.VoteType;
import uz.ovoz.voting.event.control.VotingWindow;

/**
 * The rules of the count under random interleavings: random sequences of votes from a few devices,
 * ballot codes and addresses (so duplicates, group votes and one device on several writers at once
 * are common), written by up to three concurrent writers (instances) while an admin resets, clears,
 * moves on or lets the countdown end. After every step the database must hold exactly the confirmed
 * votes minus those cleared, and every rule must hold.
 *
 * <p>Size: {@code -Dovoz.property.sequences} (default 16) of {@code -Dovoz.property.steps} steps
 * (default 16), stopping after {@code -Dovoz.property.budget-seconds} (default 20) per database.
 * A failure names its seed; {@code -Dovoz.property.seed=N} replays that one sequence.
 */
class CountRulesPropertyTest {

    private static final int SEQUENCES = Integer.getInteger("ovoz.property.sequences", 16);
    private static final int STEPS = Integer.getInteger("ovoz.property.steps", 16);
    private static final Duration BUDGET = Duration.ofSeconds(Integer.getInteger("ovoz.property.budget-seconds", 20));
    private static final Long REPLAY = Long.getLong("ovoz.property.seed");

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private CountDatabase database;

    static List<String> databases() {
        return CountDatabase.names();
    }

    @AfterEach
    void close() throws Exception {
        threads.shutdownNow();
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theRulesOfTheCountHoldWhateverTheInterleaving(String name) throws Exception {
        database = CountDatabase.open(name);
        long deadline = System.nanoTime() + BUDGET.toNanos();
        List<Long> seeds = new ArrayList<>();
        if (REPLAY != null) {
            seeds.add(REPLAY);
        } else {
            Random seedSource = new Random();
            for (int i = 0; i < SEQUENCES; i++) {
                seeds.add(seedSource.nextLong());
            }
        }
        int run = 0;
        for (long seed : seeds) {
            if (run > 0 && System.nanoTime() > deadline) {
                break;
            }
            try {
                new Sequence(seed).run();
            } catch (Throwable failure) {
                throw new AssertionError(
                        "Sequence with seed " + seed + " broke a rule on " + name + " (replay: -Dovoz.property.seed="
                                + seed + "): " + failure.getMessage(),
                        failure);
            }
            run++;
        }
        System.out.printf("[property] %s: %d sequences of %d steps held every rule%n", name, run, STEPS);
        assertTrue(run > 0);
    }

    /** One random election: its steps and the votes the test was told were stored. */
    private final class Sequence {

        private final Random random;
        private final Election election;
        private final int writers;
        private final List<String> devices = new ArrayList<>();
        private final List<String> codes = new ArrayList<>();
        /** The confirmed votes still standing: (candidate, device) to "type" or "type/auto", with their round. */
        private final Map<String, Expected> expected = new TreeMap<>();

        private record Expected(String vote, long candidateId, int round) {}

        Sequence(long seed) throws Exception {
            random = new Random(seed);
            int candidates = 3 + random.nextInt(4);
            int groupSize = random.nextInt(4) == 0 ? 0 : 2 + random.nextInt(Math.min(3, candidates - 1));
            int groupStart = random.nextInt(candidates - groupSize + 1);
            List<Integer> group = new ArrayList<>();
            for (int i = groupStart; i < groupStart + groupSize; i++) {
                group.add(i);
            }
            election = Election.running(
                    database,
                    candidates,
                    group.isEmpty() ? Map.of() : Map.of(1, group),
                    random.nextInt(4) == 0,
                    random.nextInt(3) == 0);
            election.moveTo(group.isEmpty() ? 0 : groupStart);
            writers = database.postgres() ? 1 + random.nextInt(3) : 1;
            for (int i = 0, count = 3 + random.nextInt(6); i < count; i++) {
                devices.add("d" + i);
            }
            for (int i = 0, count = 2 + random.nextInt(4); i < count; i++) {
                codes.add("C" + i);
            }
        }

        void run() throws Exception {
            for (int step = 0; step < STEPS; step++) {
                step();
                checkRules();
            }
        }

        private void step() throws Exception {
            Election.Snapshot snapshot = election.snapshot();
            List<List<VoteRequest>> batches = votes(snapshot);
            Callable<List<Long>> admin = adminAction(snapshot);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<VoteOutcome>>> written = new ArrayList<>();
            for (List<VoteRequest> batch : batches) {
                written.add(threads.submit(() -> {
                    start.await();
                    return BatchWrites.write(database, batch);
                }));
            }
            Future<List<Long>> cleared = admin == null
                    ? null
                    : threads.submit(() -> {
                        start.await();
                        return admin.call();
                    });
            start.countDown();
            for (Future<List<VoteOutcome>> batch : written) {
                batch.get(60, TimeUnit.SECONDS).forEach(this::confirmed);
            }
            if (cleared != null) {
                List<Long> candidates = cleared.get(60, TimeUnit.SECONDS);
                // everything confirmed under the closed round for those candidates is gone
                expected.values()
                        .removeIf(vote -> vote.round() <= snapshot.round() && candidates.contains(vote.candidateId()));
            }
        }

        /** Votes checked against the snapshot, spread over the writers in order. */
        private List<List<VoteRequest>> votes(Election.Snapshot snapshot) {
            List<List<VoteRequest>> batches = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                batches.add(new ArrayList<>());
            }
            List<Long> open = election.candidates.stream()
                    .filter(id -> snapshot.window().isOpenFor(id))
                    .toList();
            for (int i = 0, count = 1 + random.nextInt(24); i < count; i++) {
                List<Long> from = open.isEmpty() || random.nextInt(8) == 0 ? election.candidates : open;
                long candidateId = from.get(random.nextInt(from.size()));
                VoteType type = VoteType.values()[random.nextInt(3)];
                VoteRequest request = election.request(
                        snapshot, candidateId, type, pick(devices), "10.0.0." + random.nextInt(4), pick(codes));
                if (request != null) {
                    batches.get(random.nextInt(writers)).add(request);
                }
            }
            batches.removeIf(List::isEmpty);
            return batches;
        }

        /** An admin action to run alongside the votes, or none; it answers the candidates whose votes it deleted. */
        private Callable<List<Long>> adminAction(Election.Snapshot snapshot) {
            int size = election.candidates.size();
            return switch (random.nextInt(10)) {
                case 0 ->
                    () -> {
                        election.resetAndRestart();
                        return election.candidates;
                    };
                case 1 ->
                    () -> {
                        long candidateId = election.candidates.get(random.nextInt(size));
                        List<Long> cleared = new ArrayList<>(snapshot.window().peers(candidateId));
                        cleared.add(candidateId);
                        election.clear(cleared);
                        return cleared;
                    };
                case 2 ->
                    () -> {
                        election.moveTo(random.nextInt(size));
                        return List.of();
                    };
                case 3 ->
                    () -> {
                        election.expireTimer();
                        return List.of();
                    };
                case 4 ->
                    () -> {
                        election.startTimer(Duration.ofMinutes(5));
                        return List.of();
                    };
                default -> null;
            };
        }

        private void confirmed(VoteOutcome outcome) {
            if (outcome instanceof VoteOutcome.Stored stored) {
                VoteRequest request = stored.request();
                String previous = expect(
                        request.candidateId(), request, request.voteType().wire());
                assertEquals(null, previous, "a second vote was confirmed for " + request);
                for (Long peer : stored.automatic()) {
                    assertEquals(
                            null,
                            expect(
                                    peer,
                                    request,
                                    request.automaticTypeForPeers().wire() + "/auto"),
                            "a second vote was stored for candidate " + peer + " with " + request);
                }
            }
        }

        private String expect(long candidateId, VoteRequest request, String vote) {
            Expected previous = expected.put(
                    candidateId + "/" + request.deviceId(), new Expected(vote, candidateId, request.round()));
            return previous == null ? null : previous.vote();
        }

        private void checkRules() throws Exception {
            Map<String, String> standing = new TreeMap<>();
            expected.forEach((key, vote) -> standing.put(key, vote.vote()));
            Map<String, String> stored = new TreeMap<>();
            Map<Long, StoredVote> byId = new HashMap<>();
            for (StoredVote vote : StoredVote.of(database, election.eventId)) {
                String previous = stored.put(
                        vote.candidateId() + "/" + vote.deviceId(),
                        vote.voteType() + (vote.automatic() ? "/auto" : ""));
                assertEquals(null, previous, "two votes for one candidate from one device: " + vote);
                byId.put(vote.id(), vote);
            }
            assertEquals(standing, stored, "stored votes = confirmed votes - cleared ones");
            assertNone(
                    "SELECT candidate_id, ballot_code FROM votes WHERE event_id = ? AND ballot_code IS NOT NULL"
                            + " GROUP BY candidate_id, ballot_code HAVING COUNT(*) > 1",
                    "two votes for one candidate from one code");
            assertNone(
                    "SELECT candidate_id, ip_once FROM votes WHERE event_id = ? AND ip_once IS NOT NULL"
                            + " GROUP BY candidate_id, ip_once HAVING COUNT(*) > 1",
                    "two votes for one candidate from one address");
            for (String voter : List.of("device_id", "ballot_code")) {
                assertNone(
                        "SELECT ec.group_no, v." + voter + " FROM votes v JOIN event_candidates ec"
                                + " ON ec.event_id = v.event_id AND ec.candidate_id = v.candidate_id WHERE v.event_id = ?"
                                + " AND v.vote_type IN ('yes', 'neutral') AND NOT v.automatic AND v." + voter
                                + " IS NOT NULL"
                                + " AND ec.group_no IS NOT NULL GROUP BY ec.group_no, v." + voter
                                + " HAVING COUNT(*) > 1",
                        "two decisions (a cast yes or neutral) in one group from one " + voter);
            }
            Election.Snapshot now = election.snapshot();
            for (StoredVote vote : byId.values()) {
                if (vote.automatic()) {
                    checkImplied(vote, byId.get(vote.castVoteId()), now.window());
                }
            }
            checkGroupsCoherent(byId.values(), now.window());
        }

        /** An automatic vote follows from exactly one cast vote: same device and code, same group, implied type. */
        private void checkImplied(StoredVote automatic, StoredVote cast, VotingWindow window) {
            assertTrue(cast != null && !cast.automatic(), "automatic vote without its cast vote: " + automatic);
            assertEquals(cast.deviceId(), automatic.deviceId());
            assertEquals(cast.ballotCode(), automatic.ballotCode());
            assertTrue(
                    window.peers(cast.candidateId()).contains(automatic.candidateId()),
                    "not a group peer: " + automatic);
            assertEquals(
                    cast.voteType().equals("yes") ? "no" : "neutral",
                    automatic.voteType(),
                    automatic + " after " + cast);
            assertTrue(!cast.voteType().equals("no"), "a no implies nothing: " + cast);
        }

        /**
         * What one device (or code) said in one group is what some order of its votes would give: at
         * most one yes, and never a yes beside a neutral.
         */
        private void checkGroupsCoherent(Iterable<StoredVote> votes, VotingWindow window) {
            Map<String, List<StoredVote>> byVoterAndGroup = new HashMap<>();
            for (StoredVote vote : votes) {
                Integer group = window.group(vote.candidateId());
                if (group != null) {
                    byVoterAndGroup
                            .computeIfAbsent("device " + vote.deviceId() + "/" + group, key -> new ArrayList<>())
                            .add(vote);
                    if (vote.ballotCode() != null) {
                        byVoterAndGroup
                                .computeIfAbsent("code " + vote.ballotCode() + "/" + group, key -> new ArrayList<>())
                                .add(vote);
                    }
                }
            }
            byVoterAndGroup.forEach((voter, group) -> {
                long yes = group.stream()
                        .filter(vote -> vote.voteType().equals("yes"))
                        .count();
                boolean neutral =
                        group.stream().anyMatch(vote -> vote.voteType().equals("neutral"));
                assertTrue(
                        yes <= 1 && !(yes == 1 && neutral),
                        "a yes beside another yes or a neutral from " + voter + ": " + group);
            });
        }

        private void assertNone(String sql, String rule) throws Exception {
            try (Connection connection = database.connect();
                    PreparedStatement query = connection.prepareStatement(sql)) {
                query.setLong(1, election.eventId);
                try (ResultSet rows = query.executeQuery()) {
                    assertTrue(!rows.next(), rule);
                }
                connection.commit();
            }
        }

        private String pick(List<String> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
