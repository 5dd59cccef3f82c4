package uz.ovoz.voting.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
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
        return new EventSnapshot(1, "abc", "Council", EventStatus.ACTIVE, 30, current, List.of(
                new EventSnapshot.Entry(10, "A", null, "Dean", null, 3),
                new EventSnapshot.Entry(11, "B", null, "Dean", null, 3),
                new EventSnapshot.Entry(12, "C", null, "Rector", null, null)),
                now, now.plusSeconds(30), hideTally, false, false, 0);
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
