package uz.ovoz.voting.ballot.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uz.ovoz.voting.ballot.entity.VoteType;
import uz.ovoz.voting.event.entity.EventStatus;

/**
 * The rules of the count as the vote writer enforces them in a real database: each case below broke
 * the count before the writer checked votes against the locked event and wrote them in order.
 */
class VoteBatchTest {

    private CountDatabase database;
    private final ExecutorService admin = Executors.newSingleThreadExecutor();

    static List<String> databases() {
        return CountDatabase.names();
    }

    @AfterEach
    void close() throws Exception {
        admin.shutdownNow();
        if (database != null) {
            database.close();
        }
    }

    private Election election(String name, boolean onePerIp, boolean codes) throws Exception {
        database = CountDatabase.open(name);
        // candidates 0, 1 and 2 compete for one position; 3 stands alone
        return Election.running(database, 4, Map.of(7, List.of(0, 1, 2)), onePerIp, codes);
    }

    private static List<String> stored(Election election) throws Exception {
        return StoredVote.of(election.database, election.eventId).stream()
                .map(StoredVote::brief)
                .sorted()
                .toList();
    }

    private static String vote(Election election, int candidate, String device, VoteType type) {
        return election.candidates.get(candidate) + "/" + device + "/" + type.wire();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoYesInOneGroupFromOneDeviceInOneBatchStoreOnlyTheFirst(String name) throws Exception {
        assertASecondVoteAfterAYesMeetsTheAutomaticNo(name, VoteType.YES);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aNoAfterAYesInOneBatchMeetsTheAutomaticNoTheYesImplied(String name) throws Exception {
        // a no has no decision group: only the order of the rows makes it a duplicate of the automatic no
        assertASecondVoteAfterAYesMeetsTheAutomaticNo(name, VoteType.NO);
    }

    /** Device d says yes to the first candidate, then {@code second} to the second, in one batch. */
    private void assertASecondVoteAfterAYesMeetsTheAutomaticNo(String name, VoteType second) throws Exception {
        Election election = election(name, false, false);
        Election.Snapshot snapshot = election.snapshot();
        List<VoteOutcome> outcomes = BatchWrites.write(
                database,
                List.of(
                        election.request(snapshot, election.candidates.get(0), VoteType.YES, "d", null, null),
                        election.request(snapshot, election.candidates.get(1), second, "d", null, null)));

        VoteOutcome.Stored first = assertInstanceOf(VoteOutcome.Stored.class, outcomes.get(0));
        assertEquals(List.of(election.candidates.get(1), election.candidates.get(2)), first.automatic());
        assertEquals(
                VoteType.NO,
                assertInstanceOf(VoteOutcome.Duplicate.class, outcomes.get(1)).recorded());
        assertEquals(
                List.of(
                        vote(election, 0, "d", VoteType.YES),
                        vote(election, 1, "d", VoteType.NO) + "/auto",
                        vote(election, 2, "d", VoteType.NO) + "/auto"),
                stored(election));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void oneBallotCodeSaysYesOncePerGroupWhateverTheDevice(String name) throws Exception {
        Election election = election(name, false, true);
        Election.Snapshot snapshot = election.snapshot();
        List<VoteOutcome> outcomes = BatchWrites.write(
                database,
                List.of(
                        election.request(snapshot, election.candidates.get(0), VoteType.YES, "d1", null, "CODE"),
                        election.request(snapshot, election.candidates.get(2), VoteType.YES, "d2", null, "CODE")));

        assertInstanceOf(VoteOutcome.Stored.class, outcomes.get(0));
        assertInstanceOf(VoteOutcome.Duplicate.class, outcomes.get(1));
        assertEquals(3, stored(election).size());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aBatchStoresWhatTheSameVotesOneByOneWould(String name) throws Exception {
        Election election = election(name, false, false);
        Election.Snapshot snapshot = election.snapshot();
        List<VoteOutcome> outcomes = BatchWrites.write(
                database,
                List.of(
                        election.request(snapshot, election.candidates.get(0), VoteType.NEUTRAL, "d", null, null),
                        election.request(snapshot, election.candidates.get(1), VoteType.YES, "d", null, null)));

        assertInstanceOf(VoteOutcome.Stored.class, outcomes.get(0));
        assertEquals(
                VoteType.NEUTRAL,
                assertInstanceOf(VoteOutcome.Duplicate.class, outcomes.get(1)).recorded());
        assertEquals(
                List.of(
                        vote(election, 0, "d", VoteType.NEUTRAL),
                        vote(election, 1, "d", VoteType.NEUTRAL) + "/auto",
                        vote(election, 2, "d", VoteType.NEUTRAL) + "/auto"),
                stored(election));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anAutomaticVoteThatIsItselfADuplicateLeavesTheEarlierVote(String name) throws Exception {
        Election election = election(name, false, false);
        Election.Snapshot snapshot = election.snapshot();
        BatchWrites.write(
                database,
                List.of(election.request(snapshot, election.candidates.get(1), VoteType.NO, "d", null, null)));
        VoteOutcome outcome = BatchWrites.write(
                        database,
                        List.of(election.request(snapshot, election.candidates.get(0), VoteType.YES, "d", null, null)))
                .get(0);

        assertEquals(
                List.of(election.candidates.get(2)),
                assertInstanceOf(VoteOutcome.Stored.class, outcome).automatic());
        List<StoredVote> votes = StoredVote.of(database, election.eventId);
        StoredVote cast = votes.stream()
                .filter(vote -> vote.candidateId() == election.candidates.get(0))
                .findFirst()
                .orElseThrow();
        StoredVote automatic =
                votes.stream().filter(StoredVote::automatic).findFirst().orElseThrow();
        assertEquals(cast.id(), automatic.castVoteId(), "an automatic vote names the cast vote it follows from");
        assertEquals(
                List.of(
                        vote(election, 0, "d", VoteType.YES),
                        vote(election, 1, "d", VoteType.NO),
                        vote(election, 2, "d", VoteType.NO) + "/auto"),
                stored(election));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aVoteCheckedBeforeAResetIsRefusedWhenItIsWritten(String name) throws Exception {
        Election election = election(name, false, false);
        Election.Snapshot before = election.snapshot();
        election.resetAndRestart();
        VoteOutcome outcome = writeOne(election, before, VoteType.YES);

        assertEquals(
                "votes_cleared",
                assertInstanceOf(VoteOutcome.Refused.class, outcome).reason());
        assertEquals(List.of(), stored(election));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aResetWaitsForABatchInFlightAndDeletesWhatItStored(String name) throws Exception {
        Election election = election(name, false, false);
        Election.Snapshot snapshot = election.snapshot();
        try (Connection batch = database.connect()) {
            List<VoteOutcome> outcomes = new VoteBatch(batch)
                    .write(List.of(
                            election.request(snapshot, election.candidates.get(0), VoteType.YES, "d", null, null)));
            assertInstanceOf(VoteOutcome.Stored.class, outcomes.get(0));
            Future<?> reset = admin.submit(() -> {
                election.resetAndRestart();
                return null;
            });
            assertWaits(reset);
            batch.commit();
            reset.get(10, TimeUnit.SECONDS);
        }
        assertEquals(List.of(), stored(election), "the reset deleted the vote committed while it waited");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aBatchWaitsForAResetInFlightAndRefusesVotesOfTheClosedRound(String name) throws Exception {
        Election election = election(name, false, false);
        Election.Snapshot snapshot = election.snapshot();
        Future<List<VoteOutcome>> written;
        try (Connection reset = database.connect()) {
            election.closeRound(reset);
            Election.update(reset, "DELETE FROM votes WHERE event_id = ?", election.eventId);
            written = admin.submit(() -> BatchWrites.write(
                    database,
                    List.of(election.request(snapshot, election.candidates.get(0), VoteType.YES, "d", null, null))));
            assertWaits(written);
            reset.commit();
        }
        VoteOutcome outcome = written.get(10, TimeUnit.SECONDS).get(0);
        assertEquals(
                "votes_cleared",
                assertInstanceOf(VoteOutcome.Refused.class, outcome).reason());
        assertEquals(List.of(), stored(election));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aVoteForThePreviousCandidateIsRefusedOnceTheEventMovedOn(String name) throws Exception {
        Election election = election(name, false, false);
        Election.Snapshot before = election.snapshot();
        election.moveTo(3);
        VoteOutcome outcome = writeOne(election, before, VoteType.YES);

        assertEquals(
                "not_open", assertInstanceOf(VoteOutcome.Refused.class, outcome).reason());
        assertEquals(List.of(), stored(election));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aStoppedEventTakesNoVoteCheckedWhileItRan(String name) throws Exception {
        Election election = election(name, false, false);
        Election.Snapshot before = election.snapshot();
        election.setStatus(EventStatus.FINISHED);
        VoteOutcome outcome = writeOne(election, before, VoteType.NO);

        assertEquals(
                "finished", assertInstanceOf(VoteOutcome.Refused.class, outcome).reason());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theDeadlineIsWhenTheVoteArrivedNotWhenItWasWritten(String name) throws Exception {
        Election election = election(name, false, false);
        Election.Snapshot snapshot = election.snapshot();
        VoteRequest early = election.request(snapshot, election.candidates.get(0), VoteType.YES, "early", null, null);
        Thread.sleep(5);
        election.expireTimer();
        Thread.sleep(5);
        VoteRequest late = election.request(snapshot, election.candidates.get(0), VoteType.YES, "late", null, null);
        List<VoteOutcome> outcomes = BatchWrites.write(database, List.of(early, late));

        assertInstanceOf(VoteOutcome.Stored.class, outcomes.get(0));
        assertEquals(
                "time_over",
                assertInstanceOf(VoteOutcome.Refused.class, outcomes.get(1)).reason());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void oneVotePerAddressHoldsOnlyWhereTheEventAsksForIt(String name) throws Exception {
        Election election = election(name, true, false);
        Election.Snapshot snapshot = election.snapshot();
        List<VoteOutcome> outcomes = BatchWrites.write(
                database,
                List.of(
                        election.request(snapshot, election.candidates.get(0), VoteType.NO, "d1", "10.0.0.1", null),
                        election.request(snapshot, election.candidates.get(0), VoteType.NO, "d2", "10.0.0.1", null),
                        election.request(snapshot, election.candidates.get(0), VoteType.NO, "d3", "10.0.0.2", null)));

        assertEquals(
                Arrays.asList(VoteOutcome.Stored.class, VoteOutcome.Duplicate.class, VoteOutcome.Stored.class),
                outcomes.stream().map(Object::getClass).toList());
        assertNull(((VoteOutcome.Duplicate) outcomes.get(1)).recorded(), "the other device has no vote of its own");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDeviceDecidesOncePerGroupEvenWhenTheAddressRuleSkippedItsAutomaticVotes(String name) throws Exception {
        Election election = election(name, true, false);
        Election.Snapshot snapshot = election.snapshot();
        // d3 and d2 share an address; d3's no for candidate 2 takes that candidate's place for the address
        BatchWrites.write(
                database,
                List.of(election.request(snapshot, election.candidates.get(2), VoteType.NO, "d3", "10.0.0.1", null)));
        VoteOutcome neutral = BatchWrites.write(
                        database,
                        List.of(election.request(
                                snapshot, election.candidates.get(0), VoteType.NEUTRAL, "d2", "10.0.0.1", null)))
                .get(0);
        // d2 moves to another network and says yes to the candidate its neutral could not cover
        VoteOutcome yes = BatchWrites.write(
                        database,
                        List.of(election.request(
                                snapshot, election.candidates.get(2), VoteType.YES, "d2", "10.0.0.2", null)))
                .get(0);

        assertEquals(
                List.of(election.candidates.get(1)),
                assertInstanceOf(VoteOutcome.Stored.class, neutral).automatic());
        assertInstanceOf(VoteOutcome.Duplicate.class, yes, "d2 decided for the group with its neutral");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRowTheDatabaseRefusesCostsTheOthersOneRetry(String name) throws Exception {
        Election election = election(name, false, false);
        Election.Snapshot snapshot = election.snapshot();
        List<VoteRequest> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(election.request(snapshot, election.candidates.get(0), VoteType.NO, "d" + i, null, null));
        }
        // 129 characters: one more than the column holds, as a client that slipped past the boundary
        batch.add(2, election.request(snapshot, election.candidates.get(0), VoteType.NO, "x".repeat(129), null, null));
        List<VoteOutcome> outcomes = BatchWrites.write(database, batch);

        assertInstanceOf(VoteOutcome.Failed.class, outcomes.get(2));
        assertEquals(
                5,
                outcomes.stream().filter(VoteOutcome.Stored.class::isInstance).count());
        assertEquals(5, stored(election).size());
    }

    /** Writes device d's vote for the first candidate, checked against {@code snapshot}. */
    private VoteOutcome writeOne(Election election, Election.Snapshot snapshot, VoteType type) throws Exception {
        return BatchWrites.write(
                        database,
                        List.of(election.request(snapshot, election.candidates.get(0), type, "d", null, null)))
                .get(0);
    }

    private static void assertWaits(Future<?> work) throws Exception {
        try {
            work.get(300, TimeUnit.MILLISECONDS);
            throw new AssertionError("did not wait for the other transaction");
        } catch (TimeoutException waiting) {
            assertFalse(work.isDone());
        }
    }
}
