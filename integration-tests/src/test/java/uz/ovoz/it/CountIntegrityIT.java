package uz.ovoz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uz.ovoz.platform.database.SchemaMigration;
import uz.ovoz.voting.ballot.boundary.Ballots;
import uz.ovoz.voting.ballot.boundary.CastVote;
import uz.ovoz.voting.ballot.boundary.Refusal;
import uz.ovoz.voting.ballot.control.VoteOutcome;
import uz.ovoz.voting.ballot.control.VoteRequest;
import uz.ovoz.voting.event.boundary.CandidateFields;
import uz.ovoz.voting.event.boundary.Candidates;
import uz.ovoz.voting.event.boundary.EventAdmin;
import uz.ovoz.voting.event.boundary.EventLineup;
import uz.ovoz.voting.event.boundary.EventSettings;
import uz.ovoz.voting.event.control.EventSnapshot;
import uz.ovoz.voting.event.entity.Event;
import uz.ovoz.voting.live.control.CountAudit;
import uz.ovoz.voting.live.control.LiveEvents;

/**
 * The rules of the count through the whole server, in the server: random sequences of votes from a
 * few devices, codes and addresses, cast from several threads at once through {@code Ballots} (the
 * voter channel's path: snapshot check, queue, batch flush), while the admin resets, clears, moves
 * on and restarts or shortens the countdown through {@code EventAdmin}, and a display watches over a
 * real socket. After every step: the stored votes are the confirmed ones minus those cleared, every
 * rule holds in the database, the display's last tally equals the database's count, and the audit
 * says consistent.
 *
 * <p>Size from the environment: {@code OVOZ_IT_PROPERTY_SEQUENCES} (default 4) of
 * {@code OVOZ_IT_PROPERTY_STEPS} steps (default 10); a failure names its seed, and
 * {@code OVOZ_IT_PROPERTY_SEED} replays it.
 */
@ExtendWith(ArquillianExtension.class)
class CountIntegrityIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.voting().addClasses(DisplayWatch.class);
    }

    @Inject
    Ballots ballots;

    @EJB
    EventAdmin admin;

    @EJB
    EventLineup lineup;

    @EJB
    Candidates candidates;

    @EJB
    LiveEvents live;

    @EJB
    CountAudit audit;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    HttpServletRequest request;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Integer> outcomes = new TreeMap<>();

    @Test
    void theCountHoldsWhateverVotersAndTheAdminDoAtOnce() throws Throwable {
        int port = request.getLocalPort();
        List<Long> seeds = new ArrayList<>();
        String replay = System.getenv("OVOZ_IT_PROPERTY_SEED");
        if (replay != null && !replay.isBlank()) {
            seeds.add(Long.parseLong(replay));
        } else {
            Random seedSource = new Random();
            for (int i = 0; i < setting("OVOZ_IT_PROPERTY_SEQUENCES", 4); i++) {
                seeds.add(seedSource.nextLong());
            }
        }
        try {
            for (long seed : seeds) {
                try {
                    new Sequence(seed, port).run(setting("OVOZ_IT_PROPERTY_STEPS", 10));
                } catch (Throwable failure) {
                    throw new AssertionError(
                            "Sequence with seed " + seed + " broke a rule (replay with" + " OVOZ_IT_PROPERTY_SEED="
                                    + seed + "): " + failure.getMessage(),
                            failure);
                }
            }
        } finally {
            threads.shutdownNow();
        }
        System.out.println("[property] " + seeds.size() + " sequences held every rule; outcomes " + outcomes);
        assertTrue(outcomes.getOrDefault("Stored", 0) > 0, "some votes were stored: " + outcomes);
    }

    private static int setting(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }

    private final class Sequence {

        private final Random random;
        private final long eventId;
        private final String link;
        private final List<Long> lineupIds = new ArrayList<>();
        private final DisplayWatch display;
        /** Confirmed votes still standing: "candidate/device" to "type" or "type/auto", with the round they were checked in. */
        private final Map<String, Expected> expected = new TreeMap<>();

        private record Expected(String vote, long candidateId, int round) {}

        Sequence(long seed, int port) throws Exception {
            random = new Random(seed);
            Event event = admin.create(
                    new EventSettings("Property " + seed, 300, false, random.nextInt(4) == 0, random.nextInt(3) == 0));
            eventId = event.getId();
            link = event.getLink();
            int count = 3 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                long candidateId = candidates
                        .create(new CandidateFields("Candidate " + seed + "-" + i, null, "Dean", null, null, null))
                        .getId();
                lineup.add(admin.find(eventId), candidateId);
                lineupIds.add(candidateId);
            }
            if (random.nextInt(4) != 0) {
                int size = 2 + random.nextInt(Math.min(3, count - 1));
                int from = random.nextInt(count - size + 1);
                lineup.group(admin.find(eventId), lineupIds.subList(from, from + size));
            }
            admin.start(eventId);
            admin.startTimer(eventId, 300);
            display = DisplayWatch.open(URI.create("ws://127.0.0.1:" + port + "/ws/display/" + link));
        }

        void run(int steps) throws Exception {
            try {
                for (int step = 0; step < steps; step++) {
                    step();
                    checkStoredVotes();
                    checkDisplayAndAudit();
                }
            } finally {
                display.close();
            }
        }

        private void step() throws Exception {
            EventSnapshot snapshot = live.snapshot(link).orElseThrow();
            Callable<List<Long>> action = adminAction();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<CompletableFuture<VoteOutcome>>>> voters = new ArrayList<>();
            for (int thread = 0, threads = 1 + random.nextInt(4); thread < threads; thread++) {
                List<CastVote> votes = votes(snapshot);
                Random addresses = new Random(random.nextLong());
                voters.add(CountIntegrityIT.this.threads.submit(() -> {
                    start.await();
                    List<CompletableFuture<VoteOutcome>> outcomes = new ArrayList<>();
                    for (CastVote vote : votes) {
                        try {
                            outcomes.add(
                                    ballots.cast(snapshot, vote, "10.0.0." + addresses.nextInt(4), vote.ballotCode()));
                        } catch (Refusal refusedByTheSnapshot) {
                            // not queued, nothing to confirm
                            synchronized (CountIntegrityIT.this.outcomes) {
                                CountIntegrityIT.this.outcomes.merge("refused at once", 1, Integer::sum);
                            }
                        }
                    }
                    return outcomes;
                }));
            }
            Future<List<Long>> cleared = action == null
                    ? null
                    : threads.submit(() -> {
                        start.await();
                        return action.call();
                    });
            start.countDown();
            for (Future<List<CompletableFuture<VoteOutcome>>> voter : voters) {
                for (CompletableFuture<VoteOutcome> outcome : voter.get(60, TimeUnit.SECONDS)) {
                    confirmed(outcome.get(60, TimeUnit.SECONDS));
                }
            }
            if (cleared != null) {
                List<Long> candidateIds = cleared.get(60, TimeUnit.SECONDS);
                expected.values()
                        .removeIf(vote ->
                                vote.round() <= snapshot.voteRound() && candidateIds.contains(vote.candidateId()));
            }
        }

        private List<CastVote> votes(EventSnapshot snapshot) {
            List<Long> open = lineupIds.stream().filter(snapshot::isOpenFor).toList();
            List<CastVote> votes = new ArrayList<>();
            for (int i = 0, count = 1 + random.nextInt(12); i < count; i++) {
                List<Long> from = open.isEmpty() || random.nextInt(8) == 0 ? lineupIds : open;
                String type = List.of("yes", "no", "neutral").get(random.nextInt(3));
                votes.add(new CastVote(
                        type,
                        "n" + i,
                        "d" + random.nextInt(8),
                        from.get(random.nextInt(from.size())),
                        "C" + random.nextInt(4)));
            }
            return votes;
        }

        /** An admin action to run alongside the voters, or none; it answers the candidates whose votes it deleted. */
        private Callable<List<Long>> adminAction() {
            int index = random.nextInt(lineupIds.size());
            return switch (random.nextInt(10)) {
                case 0 ->
                    () -> {
                        admin.reset(eventId);
                        admin.start(eventId);
                        admin.startTimer(eventId, 300);
                        return lineupIds;
                    };
                case 1 -> () -> admin.clearVotes(eventId, lineupIds.get(index));
                case 2 ->
                    () -> {
                        admin.setCurrent(eventId, index);
                        admin.startTimer(eventId, 300);
                        return List.of();
                    };
                case 3 ->
                    () -> {
                        admin.startTimer(eventId, 1);
                        return List.of();
                    };
                case 4 ->
                    () -> {
                        admin.startTimer(eventId, 300);
                        return List.of();
                    };
                default -> null;
            };
        }

        private void confirmed(VoteOutcome outcome) {
            synchronized (outcomes) {
                outcomes.merge(outcome.getClass().getSimpleName(), 1, Integer::sum);
            }
            if (outcome instanceof VoteOutcome.Stored stored) {
                VoteRequest request = stored.request();
                assertEquals(
                        null,
                        expect(
                                request.candidateId(),
                                request,
                                request.voteType().wire()),
                        "a second vote was confirmed: " + request);
                for (Long peer : stored.automatic()) {
                    assertEquals(
                            null,
                            expect(
                                    peer,
                                    request,
                                    request.automaticTypeForPeers().wire() + "/auto"),
                            "a second vote was stored for " + peer + " with " + request);
                }
            } else {
                assertTrue(!(outcome instanceof VoteOutcome.Failed), "a vote failed: " + outcome);
            }
        }

        private String expect(long candidateId, VoteRequest request, String vote) {
            Expected previous = expected.put(
                    candidateId + "/" + request.deviceId(), new Expected(vote, candidateId, request.round()));
            return previous == null ? null : previous.vote();
        }

        /** Stored = confirmed - cleared; one vote per candidate and device, code and address; one decision per group. */
        private void checkStoredVotes() throws Exception {
            Map<String, String> standing = new TreeMap<>();
            expected.forEach((key, vote) -> standing.put(key, vote.vote()));
            Map<String, String> stored = new TreeMap<>();
            Map<String, Integer> perRule = new HashMap<>();
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement query = connection.prepareStatement(
                            "SELECT v.candidate_id, v.device_id, v.ballot_code,"
                                    + " v.ip_once, v.vote_type, v.automatic, ec.group_no FROM votes v JOIN event_candidates ec"
                                    + " ON ec.event_id = v.event_id AND ec.candidate_id = v.candidate_id WHERE v.event_id = ?")) {
                query.setLong(1, eventId);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        long candidateId = row.getLong(1);
                        String type = row.getString(5);
                        stored.put(candidateId + "/" + row.getString(2), type + (row.getBoolean(6) ? "/auto" : ""));
                        count(perRule, "code", candidateId, row.getString(3));
                        count(perRule, "address", candidateId, row.getString(4));
                        if (!"no".equals(type) && !row.getBoolean(6) && row.getObject(7) != null) {
                            count(perRule, "decision in group from device", row.getLong(7), row.getString(2));
                            count(perRule, "decision in group from code", row.getLong(7), row.getString(3));
                        }
                    }
                }
            }
            assertEquals(standing, stored, "stored votes = confirmed votes - cleared ones");
            perRule.forEach((rule, votes) -> assertEquals(1, votes, "two votes under one rule: " + rule));
        }

        private void count(Map<String, Integer> perRule, String rule, long scope, String key) {
            if (key != null) {
                perRule.merge(rule + " " + scope + "/" + key, 1, Integer::sum);
            }
        }

        /** Within a few tally publications, the display shows the database's counts and the audit agrees. */
        private void checkDisplayAndAudit() throws Exception {
            awaitTrue(
                    this::displayShowsTheDatabase,
                    "the display's last tally equals the database's count: " + display.last());
            awaitTrue(
                    () -> audit.audit(eventId).consistent(),
                    "the audit says consistent: " + audit.audit(eventId).differences());
        }

        private boolean displayShowsTheDatabase() {
            JsonObject shown = display.last();
            if (shown == null) {
                return false;
            }
            List<JsonObject> counts = new ArrayList<>();
            if (shown.get("vote_results") instanceof JsonObject current) {
                counts.add(current);
            }
            shown.getJsonArray("group_results")
                    .forEach(standing -> counts.add(standing.asJsonObject().getJsonObject("vote_results")));
            try {
                for (JsonObject tally : counts) {
                    long[] database =
                            databaseCounts(tally.getJsonNumber("candidate_id").longValue());
                    if (tally.getJsonNumber("yes").longValue() != database[0]
                            || tally.getJsonNumber("no").longValue() != database[1]
                            || tally.getJsonNumber("neutral").longValue() != database[2]) {
                        return false;
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return true;
        }

        /** Yes, no and neutral votes stored for the candidate. */
        private long[] databaseCounts(long candidateId) throws Exception {
            long[] byType = new long[3];
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement query = connection.prepareStatement("SELECT vote_type, COUNT(*) FROM votes"
                            + " WHERE event_id = ? AND candidate_id = ? GROUP BY vote_type")) {
                query.setLong(1, eventId);
                query.setLong(2, candidateId);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        byType[List.of("yes", "no", "neutral").indexOf(row.getString(1))] = row.getLong(2);
                    }
                }
            }
            return byType;
        }

        private void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    assertTrue(condition.getAsBoolean(), what);
                }
                Thread.sleep(50);
            }
        }
    }
}
