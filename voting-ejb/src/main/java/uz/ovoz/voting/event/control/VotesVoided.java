package uz.ovoz.voting.event.control;

import java.util.List;
import java.util.Optional;

/**
 * Fired (as a CDI event) inside the transaction that resets an event or clears some of its
 * candidates, at the moment their votes must go. The votes are the ballot's; the event only says
 * which, and the observer deletes them in the same transaction.
 *
 * @param candidateIds the candidates whose votes go; empty means every vote of the event
 */
public record VotesVoided(long eventId, Optional<List<Long>> candidateIds) {

    public VotesVoided {
        candidateIds = candidateIds.map(List::copyOf);
    }

    public static VotesVoided all(long eventId) {
        return new VotesVoided(eventId, Optional.empty());
    }

    public static VotesVoided of(long eventId, List<Long> candidateIds) {
        return new VotesVoided(eventId, Optional.of(candidateIds));
    }
}
