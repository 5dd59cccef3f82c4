package uz.ovoz.voting.live.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uz.ovoz.voting.ballot.control.Tally;

/**
 * The counts of the last display frame this instance sent, per event: what the audit compares. A
 * frame shows the current candidate, its group and, at the end, every candidate; a candidate the last
 * frame left out has no entry (displays are not told of a candidate's count once it is no longer
 * shown, so an older figure would be a false difference).
 */
@ApplicationScoped
public class ShownTallies {

    private final Map<Long, Map<Long, Tally.Counts>> byEvent = new ConcurrentHashMap<>();

    void shown(long eventId, Map<Long, Tally.Counts> lastFrame) {
        byEvent.put(eventId, Map.copyOf(lastFrame));
    }

    /** Votes were cleared: what displays showed before says nothing of the new count. */
    void forget(long eventId) {
        byEvent.remove(eventId);
    }

    public Map<Long, Tally.Counts> of(long eventId) {
        return Map.copyOf(byEvent.getOrDefault(eventId, Map.of()));
    }
}
