package uz.ovoz.voting.live.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import uz.ovoz.platform.websocket.PreparedFrame;
import uz.ovoz.voting.event.control.EventSnapshot;
import uz.ovoz.voting.live.control.SessionRegistry.Kind;

/**
 * Pushes an event's state to its voters and displays. Each frame is encoded once and the same text
 * goes to every session of the event.
 */
@ApplicationScoped
public class LiveBroadcaster {

    @EJB
    SessionRegistry sessions;

    @Inject
    LiveFrames frames;

    /**
     * The whole state for voters, after an admin change: what a reconnecting voter would get on open.
     * Its frames go to each voter in one write. Displays get theirs through
     * {@link LiveEvents#showOnDisplays}, which keeps their frames in order.
     */
    public void voterState(EventSnapshot snapshot) {
        toVoters(snapshot, stateFrames(snapshot));
    }

    /** New committed votes moved these candidates' tallies: tell the voters, in one write each. */
    public void votersMoved(EventSnapshot snapshot, Collection<Long> candidateIds) {
        List<PreparedFrame> tallies = new ArrayList<>();
        for (Long candidateId : candidateIds) {
            frames.tally(snapshot, candidateId).ifPresent(tally -> tallies.add(PreparedFrame.json(tally)));
        }
        if (!tallies.isEmpty()) {
            toVoters(snapshot, tallies);
        }
    }

    public void votesCleared(EventSnapshot snapshot, List<Long> candidateIds) {
        sessions.broadcast(Kind.VOTER, snapshot.link(), PreparedFrame.json(new LiveFrame.VotesCleared(candidateIds)));
    }

    /** The candidate's time ran out: both kinds are told, and voters get the state; displays follow. */
    public void timerExpired(EventSnapshot snapshot, long candidateId) {
        PreparedFrame expired = PreparedFrame.json(new LiveFrame.TimerExpired(candidateId));
        sessions.broadcast(Kind.DISPLAY, snapshot.link(), expired);
        List<PreparedFrame> toVoters = new ArrayList<>();
        toVoters.add(expired);
        toVoters.addAll(stateFrames(snapshot));
        toVoters(snapshot, toVoters);
    }

    // A change reaches 10,000 voters as 10,000 writes rather than 20,000: a write costs far more
    // than the bytes it carries
    private void toVoters(EventSnapshot snapshot, List<PreparedFrame> sent) {
        sessions.broadcast(Kind.VOTER, snapshot.link(), PreparedFrame.together(sent));
    }

    private List<PreparedFrame> stateFrames(EventSnapshot snapshot) {
        List<PreparedFrame> state = new ArrayList<>();
        state.add(PreparedFrame.json(frames.currentCandidate(snapshot)));
        snapshot.current()
                .flatMap(current -> frames.tally(snapshot, current.candidateId()))
                .ifPresent(tally -> state.add(PreparedFrame.json(tally)));
        return state;
    }

    /** The display frame of the snapshot and the tallies now; call through {@link LiveEvents}. */
    void display(EventSnapshot snapshot) {
        if (sessions.count(Kind.DISPLAY, snapshot.link()) > 0) {
            sessions.broadcast(Kind.DISPLAY, snapshot.link(), PreparedFrame.json(frames.display(snapshot)));
        }
    }
}
