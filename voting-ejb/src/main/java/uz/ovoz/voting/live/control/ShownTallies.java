package uz.ovoz.voting.live.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uz.ovoz.voting.ballot.control.Tally;

/** The counts this instance last sent to displays, per event and candidate: what the audit compares. */
@ApplicationScoped
public class ShownTallies {

    private final Map<Long, Map<Long, Tally.Counts>> byEvent = new ConcurrentHashMap<>();

    void shown(long eventId, long candidateId, Tally.Counts counts) {
        byEvent.computeIfAbsent(eventId, id -> new ConcurrentHashMap<>()).put(candidateId, counts);
    }

    /** Votes were cleared: what displays showed before says nothing of the new count. */
    void forget(long eventId) {
        byEvent.remove(eventId);
    }

    public Map<Long, Tally.Counts> of(long eventId) {
        return Map.copyOf(byEvent.getOrDefault(eventId, Map.of()));
    }
}
