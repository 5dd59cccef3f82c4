package uz.ovoz.voting.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.ovoz.platform.websocket.PreparedFrame;
import uz.ovoz.voting.ballot.control.Tally;
import uz.ovoz.voting.ballot.control.TallyBoard;
import uz.ovoz.voting.live.control.SessionRegistry.Kind;

/** A voter gets the messages of one change in one write, in the order of the old protocol. */
class LiveBroadcasterTest {

    private record Write(Kind kind, List<String> types) {}

    private final List<Write> writes = new ArrayList<>();

    private LiveBroadcaster broadcaster() {
        LiveBroadcaster broadcaster = new LiveBroadcaster();
        broadcaster.sessions = new SessionRegistry() {
            @Override
            public void broadcast(Kind kind, String link, PreparedFrame frame) {
                writes.add(new Write(
                        kind,
                        frame.texts().stream()
                                .map(text -> text.replaceAll(".*\"type\":\"([a-z_]+)\".*", "$1"))
                                .toList()));
            }
        };
        LiveFrames frames = new LiveFrames();
        frames.tallies = new TallyBoard() {
            @Override
            public Tally.Counts counts(long eventId, long candidateId) {
                return new Tally.Counts(3, 1, 1);
            }
        };
        frames.shown = new ShownTallies();
        broadcaster.frames = frames;
        return broadcaster;
    }

    @Test
    void anAdminChangeReachesEachVoterInOneWrite() {
        broadcaster().voterState(RunningEvents.twoDeans());
        assertEquals(List.of(new Write(Kind.VOTER, List.of("current_candidate", "tally_update"))), writes);
    }

    @Test
    void anExpiredTimerAndTheNewStateShareTheVotersWrite() {
        broadcaster().timerExpired(RunningEvents.twoDeans(), 10);
        assertEquals(
                List.of(
                        new Write(Kind.DISPLAY, List.of("timer_expired")),
                        new Write(Kind.VOTER, List.of("timer_expired", "current_candidate", "tally_update"))),
                writes);
    }

    @Test
    void talliesMovedTogetherGoOutTogether() {
        broadcaster().votersMoved(RunningEvents.twoDeans(), List.of(10L, 11L));
        assertEquals(List.of(new Write(Kind.VOTER, List.of("tally_update", "tally_update"))), writes);
    }
}
