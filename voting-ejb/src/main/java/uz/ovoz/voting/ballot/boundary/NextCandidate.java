package uz.ovoz.voting.ballot.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import uz.ovoz.voting.event.boundary.EventAdmin;
import uz.ovoz.voting.event.entity.Event;

/**
 * Moves an event on to its next candidate that still needs voting. The running order is the
 * event's; which candidates already have votes is the ballot's, so the move starts here.
 */
@Stateless
public class NextCandidate {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventAdmin admin;

    public Event move(long eventId) {
        return admin.next(
                eventId,
                new HashSet<>(em.createQuery(
                                "SELECT DISTINCT v.candidate.id FROM Vote v WHERE v.event.id = :eventId", Long.class)
                        .setParameter("eventId", eventId)
                        .getResultList()));
    }
}
