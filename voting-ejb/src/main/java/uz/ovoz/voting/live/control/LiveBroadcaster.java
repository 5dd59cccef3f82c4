package uz.ovoz.voting.live.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
     * Displays get theirs through {@link LiveEvents#showOnDisplays}, which keeps their frames in order.
     */
    public void voterState(EventSnapshot snapshot) {
        String link = snapshot.link();
        sessions.broadcast(Kind.VOTER, link, PreparedFrame.json(frames.currentCandidate(snapshot)));
        snapshot.current()
                .ifPresent(current -> frames.tally(snapshot, current.candidateId())
                        .ifPresent(tally -> sessions.broadcast(Kind.VOTER, link, PreparedFrame.json(tally))));
    }

    /** New committed votes moved these candidates' tallies: tell the voters. */
    public void votersMoved(EventSnapshot snapshot, Collection<Long> candidateIds) {
        for (Long candidateId : candidateIds) {
            frames.tally(snapshot, candidateId)
                    .ifPresent(tally -> sessions.broadcast(Kind.VOTER, snapshot.link(), PreparedFrame.json(tally)));
        }
    }

    public void votesCleared(EventSnapshot snapshot, List<Long> candidateIds) {
        sessions.broadcast(Kind.VOTER, snapshot.link(), PreparedFrame.json(new LiveFrame.VotesCleared(candidateIds)));
    }

    /** The candidate's time ran out: both kinds are told, and voters get the state; displays follow. */
    public void timerExpired(EventSnapshot snapshot, long candidateId) {
        PreparedFrame expired = PreparedFrame.json(new LiveFrame.TimerExpired(candidateId));
        sessions.broadcast(Kind.VOTER, snapshot.link(), expired);
        sessions.broadcast(Kind.DISPLAY, snapshot.link(), expired);
        voterState(snapshot);
    }

    /** The display frame of the snapshot and the tallies now; call through {@link LiveEvents}. */
    void display(EventSnapshot snapshot) {
        if (sessions.count(Kind.DISPLAY, snapshot.link()) > 0) {
            sessions.broadcast(Kind.DISPLAY, snapshot.link(), PreparedFrame.json(frames.display(snapshot)));
        }
    }
}
