package uz.ovoz.voting.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uz.ovoz.voting.ballot.control.Tally;
import uz.ovoz.voting.ballot.control.TallyBoard;
import uz.ovoz.voting.event.control.EventSnapshot;
import uz.ovoz.voting.event.entity.EventStatus;

/** What a display is told: the counts, or nothing of them while the event hides its tally. */
class LiveFramesTest {

    private static final class FixedTallies extends TallyBoard {
        @Override
        public Tally.Counts counts(long eventId, long candidateId) {
            return new Tally.Counts(3, 1, 1);
        }
    }

    private static LiveFrames frames() {
        LiveFrames frames = new LiveFrames();
        frames.tallies = new FixedTallies();
        frames.shown = new ShownTallies();
        return frames;
    }

    private static EventSnapshot running(boolean hideTally) {
        return running(hideTally, 0);
    }

    private static EventSnapshot running(boolean hideTally, int current) {
        Instant now = Instant.now();
        return countdown(hideTally, current, now, now.plusSeconds(30));
    }

    /** Dean A (10) and B (11) share group 3; Rector C (12) stands alone. */
    private static EventSnapshot countdown(boolean hideTally, int current, Instant startedAt, Instant endsAt) {
        return new EventSnapshot(
                1,
                "abc",
                "Council",
                EventStatus.ACTIVE,
                30,
                current,
                List.of(
                        new EventSnapshot.Entry(10, "A", null, "Dean", null, 3),
                        new EventSnapshot.Entry(11, "B", null, "Dean", null, 3),
                        new EventSnapshot.Entry(12, "C", null, "Rector", null, null)),
                startedAt,
                endsAt,
                hideTally,
                false,
                false,
                0);
    }

    private static EventSnapshot ended(boolean hideTally) {
        Instant now = Instant.now();
        return countdown(hideTally, 0, now.minusSeconds(31), now.minusSeconds(1));
    }

    /** The tally frame of a candidate with FixedTallies' counts. */
    private static Optional<LiveFrame.TallyUpdate> sent(long candidateId) {
        return Optional.of(new LiveFrame.TallyUpdate(new LiveFrame.Counts(candidateId, 3, 1, 1, 5)));
    }

    @Test
    void aHiddenTallyIsNotSentForTheCurrentCandidateWhileItsCountdownRuns() {
        assertEquals(Optional.empty(), frames().tally(running(true), 10));
    }

    @Test
    void aHiddenTallyIsNotSentForAGroupPeerOfTheCurrentCandidateEither() {
        assertEquals(Optional.empty(), frames().tally(running(true), 11));
    }

    @Test
    void aHiddenTallyIsSentForACandidateWhoseVotingIsNotOpen() {
        assertEquals(sent(12), frames().tally(running(true), 12));
    }

    @Test
    void aHiddenTallyIsSentOnceTheCountdownHasEnded() {
        assertEquals(sent(10), frames().tally(ended(true), 10));
    }

    @Test
    void aHiddenTallyIsSentBeforeTheCountdownStarts() {
        assertEquals(sent(10), frames().tally(countdown(true, 0, null, null), 10));
    }

    @Test
    void anEventThatDoesNotHideItsTallySendsItWhileTheCountdownRuns() {
        assertEquals(sent(10), frames().tally(running(false), 10));
    }

    @Test
    void aDisplayShowsAHiddenTallyOnceTheCountdownHasEnded() {
        LiveFrame.DisplayData shown = frames().display(ended(true)).data();
        assertFalse(shown.tallyHidden());
        assertEquals(sent(10).orElseThrow().data(), shown.voteResults());
        assertEquals(5L, shown.totalVoters());
    }

    @Test
    void aHiddenTallyHidesTheNumberOfVotersToo() {
        LiveFrame.DisplayData hidden = frames().display(running(true)).data();
        assertTrue(hidden.tallyHidden());
        assertNull(hidden.voteResults());
        assertEquals(List.of(), hidden.groupResults());
        assertNull(hidden.totalVoters(), "the number of voters is a tally too");
    }

    @Test
    void aShownTallyCountsTheVotersAndIsRememberedForTheAudit() {
        LiveFrames frames = frames();
        LiveFrame.DisplayData shown = frames.display(running(false)).data();
        assertEquals(5L, shown.totalVoters());
        assertEquals(2, shown.groupResults().size());
        assertEquals(new Tally.Counts(3, 1, 1), frames.shown.of(1).get(11L));
    }

    @Test
    void theAuditComparesOnlyWhatTheLastFrameShowed() {
        LiveFrames frames = frames();
        frames.display(running(false, 0));
        frames.display(running(false, 2));
        // votes for A and B committed after the event moved on never reach a display: no stale figure
        assertEquals(java.util.Set.of(12L), frames.shown.of(1).keySet());
    }
}
