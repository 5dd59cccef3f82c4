package uz.ovoz.voting.ballot.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uz.ovoz.voting.ballot.control.Tally;
import uz.ovoz.voting.ballot.entity.Vote;
import uz.ovoz.voting.event.boundary.EventLineup;
import uz.ovoz.voting.event.entity.Event;
import uz.ovoz.voting.event.entity.EventCandidate;

/** An event's results, counted from the stored votes (the record of truth, on every instance). */
@Stateless
public class EventResults {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventLineup lineup;

    public List<Result> of(Event event) {
        Map<Long, Tally> tallies = Tally.byCandidate(em.createNamedQuery(Vote.TALLIES_OF_EVENT, Object[].class)
                .setParameter("eventId", event.getId())
                .getResultList());
        List<Result> results = new ArrayList<>();
        int number = 1;
        for (EventCandidate place : lineup.of(event)) {
            Tally tally = tallies.get(place.getCandidate().getId());
            results.add(new Result(
                    number++,
                    place.getCandidate(),
                    place.getGroupNo(),
                    tally == null ? Tally.Counts.NONE : tally.counts()));
        }
        return results;
    }

    /** When the event was voted on (its first vote; its creation when nobody voted) and by how many devices. */
    public Turnout turnout(Event event) {
        Object[] row = em.createNamedQuery(Vote.TURNOUT_OF_EVENT, Object[].class)
                .setParameter("eventId", event.getId())
                .getSingleResult();
        OffsetDateTime firstVote = (OffsetDateTime) row[0];
        return new Turnout(firstVote == null ? event.getCreatedAt() : firstVote, ((Number) row[1]).longValue());
    }
}
