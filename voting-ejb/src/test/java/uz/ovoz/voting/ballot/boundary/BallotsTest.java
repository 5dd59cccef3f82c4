package uz.ovoz.voting.ballot.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import uz.ovoz.voting.ballot.control.VoteFlusher;
import uz.ovoz.voting.ballot.control.VoteOutcome;
import uz.ovoz.voting.ballot.control.VoteRequest;
import uz.ovoz.voting.ballot.entity.VoteType;
import uz.ovoz.voting.event.control.EventSnapshot;
import uz.ovoz.voting.event.entity.EventStatus;

/**
 * The voter channel's first check, against the instance's picture of the event: every vote it refuses
 * never reaches the queue, and text a database would refuse never fails the batch of everyone else's.
 * Duplicates (device, code, address) are the writer's to find, against the stored votes: VoteBatchTest.
 */
class BallotsTest {

    /** Keeps what reached the queue; a refused vote must never get there. */
    private static final class QueueSpy extends VoteFlusher {
        final List<VoteRequest> queued = new ArrayList<>();

        @Override
        public CompletableFuture<VoteOutcome> submit(VoteRequest request) {
            queued.add(request);
            return CompletableFuture.completedFuture(new VoteOutcome.Stored(request, List.of()));
        }
    }

    private final QueueSpy queue = new QueueSpy();
    private final Ballots ballots = new Ballots();

    BallotsTest() {
        ballots.flusher = queue;
    }

    /** Council, at Dean A (10) who shares group 3 with B (11), then Rector C (12) alone; 30 s left. */
    private static EventSnapshot event(
            EventStatus status,
            Integer current,
            Instant startedAt,
            Instant endsAt,
            boolean onePerAddress,
            boolean codes) {
        return new EventSnapshot(
                1,
                "abc",
                "Council",
                status,
                30,
                current,
                List.of(
                        new EventSnapshot.Entry(10, "A", null, "Dean", null, 3),
                        new EventSnapshot.Entry(11, "B", null, "Dean", null, 3),
                        new EventSnapshot.Entry(12, "C", null, "Rector", null, null)),
                startedAt,
                endsAt,
                false,
                onePerAddress,
                codes,
                4);
    }

    private static EventSnapshot running() {
        Instant now = Instant.now();
        return event(EventStatus.ACTIVE, 0, now, now.plusSeconds(30), false, false);
    }

    private static CastVote yes(Long candidateId) {
        return new CastVote("yes", null, "phone", candidateId, null);
    }

    private Refusal refused(EventSnapshot event, CastVote vote) {
        return refused(event, vote, "127.0.0.1", null);
    }

    private Refusal refused(EventSnapshot event, CastVote vote, String ip, String redeemedCode) {
        Refusal refusal = assertThrows(Refusal.class, () -> ballots.cast(event, vote, ip, redeemedCode));
        assertEquals(List.of(), queue.queued, "a refused vote is not queued");
        return refusal;
    }

    private static void assertRefusal(String reason, String message, Refusal refusal) {
        assertEquals(reason, refusal.reason());
        assertEquals(message, refusal.getMessage());
    }

    private String refusal(String deviceId, String nonce) {
        return refused(running(), new CastVote("yes", nonce, deviceId, 10L, null))
                .getMessage();
    }

    @Test
    void aVoteWithoutAVoteTypeIsRefusedAsInvalid() {
        assertRefusal(
                "invalid",
                "Missing field: vote_type",
                refused(running(), new CastVote(null, null, "phone", 10L, null)));
    }

    @Test
    void aVoteTypeOtherThanYesNoOrNeutralIsRefusedNamingTheValue() {
        assertRefusal(
                "invalid",
                "Invalid vote_type 'YES': use yes, no or neutral",
                refused(running(), new CastVote("YES", null, "phone", 10L, null)));
    }

    @Test
    void aVoteWithoutADeviceIdIsRefused() {
        assertEquals("Missing field: device_id", refusal(null, null));
        assertEquals("Missing field: device_id", refusal("  ", null));
    }

    @Test
    void aDeviceIdLongerThanItsColumnIsRefused() {
        assertEquals("device_id is longer than 128 characters", refusal("d".repeat(129), null));
    }

    @Test
    void aDeviceIdWithTheNulCharacterIsRefused() {
        assertEquals("device_id must not contain control characters", refusal("phone\u0000", null));
    }

    @Test
    void aNonceLongerThanItsColumnIsRefused() {
        assertEquals("nonce is longer than 128 characters", refusal("phone", "n".repeat(129)));
    }

    @Test
    void aNonceWithAControlCharacterIsRefused() {
        assertEquals("nonce must not contain control characters", refusal("phone", "n\u0000"));
        assertEquals("nonce must not contain control characters", refusal("phone", "n\u001b[2J"));
    }

    @Test
    void malformedInputIsRefusedAsInvalidEvenWhenTheEventIsClosed() {
        EventSnapshot finished = event(EventStatus.FINISHED, null, null, null, false, false);
        assertRefusal(
                "invalid", "Missing field: device_id", refused(finished, new CastVote("yes", null, null, 10L, null)));
    }

    @Test
    void aVoteBeforeTheEventStartedIsRefused() {
        assertRefusal(
                "not_started",
                "Voting has not started",
                refused(event(EventStatus.PENDING, 0, null, null, false, false), yes(10L)));
    }

    @Test
    void aVoteAfterTheEventFinishedOrWasArchivedIsRefused() {
        for (EventStatus closed : List.of(EventStatus.FINISHED, EventStatus.ARCHIVED)) {
            assertRefusal(
                    "finished",
                    "The event has finished",
                    refused(event(closed, 0, null, null, false, false), yes(10L)));
        }
    }

    @Test
    void aVoteWhileNoCandidateIsCurrentIsRefused() {
        Instant now = Instant.now();
        EventSnapshot between = event(EventStatus.ACTIVE, null, now, now.plusSeconds(30), false, false);
        assertRefusal("no_candidate", "There is no current candidate", refused(between, yes(10L)));
        assertRefusal("no_candidate", "There is no current candidate", refused(between, yes(null)));
    }

    @Test
    void aVoteForACandidateThatIsNotInTheEventIsRefused() {
        assertRefusal("not_in_event", "Candidate 99 is not in this event", refused(running(), yes(99L)));
    }

    @Test
    void aVoteForACandidateOfTheEventWhoseTurnItIsNotIsRefused() {
        assertRefusal("not_open", "Voting is not open for candidate 12", refused(running(), yes(12L)));
    }

    @Test
    void aVoteBeforeTheCandidatesCountdownStartedIsRefused() {
        assertRefusal(
                "timer_not_started",
                "Voting for this candidate has not started yet",
                refused(event(EventStatus.ACTIVE, 0, null, null, false, false), yes(10L)));
    }

    @Test
    void aVoteAfterTheCountdownEndedIsRefused() {
        Instant now = Instant.now();
        EventSnapshot over = event(EventStatus.ACTIVE, 0, now.minusSeconds(31), now.minusSeconds(1), false, false);
        assertRefusal("time_over", "Voting time is over", refused(over, yes(10L)));
    }

    @Test
    void anEventWithOneVotePerAddressRefusesAVoteWhoseAddressIsUnknown() {
        Instant now = Instant.now();
        EventSnapshot perAddress = event(EventStatus.ACTIVE, 0, now, now.plusSeconds(30), true, false);
        assertEquals("no_address", refused(perAddress, yes(10L), null, null).reason());
        assertEquals("no_address", refused(perAddress, yes(10L), " ", null).reason());
    }

    @Test
    void anEventWithCodesRefusesAVoteFromASessionThatRedeemedNone() {
        Instant now = Instant.now();
        EventSnapshot withCodes = event(EventStatus.ACTIVE, 0, now, now.plusSeconds(30), false, true);
        assertRefusal(
                "code_required",
                "This event requires a ballot code: enter your code first",
                refused(withCodes, yes(10L)));
    }

    @Test
    void aCodeSentWithTheVoteInsteadOfRedeemedFirstIsRefused() {
        Instant now = Instant.now();
        EventSnapshot withCodes = event(EventStatus.ACTIVE, 0, now, now.plusSeconds(30), false, true);
        assertRefusal(
                "code_required",
                "Enter your ballot code with enter_code before voting",
                refused(withCodes, new CastVote("yes", null, "phone", 10L, "AB12CD34")));
    }

    @Test
    void anAcceptedVoteIsQueuedWithWhatTheWriterChecksAgain() {
        Instant now = Instant.now();
        EventSnapshot event = event(EventStatus.ACTIVE, 0, now, now.plusSeconds(30), true, true);
        ballots.cast(event, new CastVote("neutral", "n-1", "phone", 10L, "ignored"), "10.0.0.1", "AB12CD34");
        VoteRequest queued = queue.queued.get(0);
        assertEquals(List.of(1L, 10L, 4), List.of(queued.eventId(), queued.candidateId(), queued.round()));
        assertEquals(VoteType.NEUTRAL, queued.voteType());
        assertEquals(
                List.of("phone", "10.0.0.1", "n-1", "AB12CD34"),
                List.of(queued.deviceId(), queued.ip(), queued.nonce(), queued.ballotCode()));
        assertTrue(queued.onePerIp());
    }

    @Test
    void aVoteWithoutACandidateIsForTheCurrentOne() {
        ballots.cast(running(), yes(null), "127.0.0.1", null);
        assertEquals(10L, queue.queued.get(0).candidateId());
    }

    @Test
    void aVoteForAPeerInTheCurrentCandidatesGroupIsQueued() {
        ballots.cast(running(), yes(11L), "127.0.0.1", null);
        assertEquals(11L, queue.queued.get(0).candidateId());
    }

    @Test
    void anEventWithoutCodesQueuesNoCodeWhateverTheSessionRedeemed() {
        ballots.cast(running(), yes(10L), "127.0.0.1", "AB12CD34");
        assertNull(queue.queued.get(0).ballotCode());
    }

    @Test
    void aBallotCodeIsTrimmedAndUpperCasedAndAMissingOneIsRefused() {
        assertEquals("AB12CD34", Ballots.code("  ab12cd34 "));
        assertEquals(
                "Missing field: code",
                assertThrows(Refusal.class, () -> Ballots.code(" ")).getMessage());
        assertEquals(
                "code is longer than 32 characters",
                assertThrows(Refusal.class, () -> Ballots.code("A".repeat(33))).getMessage());
    }
}
