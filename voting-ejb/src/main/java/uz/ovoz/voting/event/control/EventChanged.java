package uz.ovoz.voting.event.control;

import java.util.List;

/**
 * Fired (as a CDI event) inside the transaction that changed an event; observed after commit so
 * that connected clients only ever see committed state.
 */
public record EventChanged(long eventId, String link, Change change, List<Long> candidateIds) {

    /** What happened, where clients need more than the new state. */
    public enum Change {
        STATE,
        VOTES_CLEARED,
        DELETED
    }

    public EventChanged {
        candidateIds = List.copyOf(candidateIds);
    }

    public static EventChanged state(long eventId, String link) {
        return new EventChanged(eventId, link, Change.STATE, List.of());
    }
}
