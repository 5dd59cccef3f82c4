package uz.ovoz.voting.ballot.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uz.ovoz.voting.ballot.entity.Vote;
import uz.ovoz.voting.event.control.VotesVoided;

/**
 * Deletes the votes an admin voided. A synchronous observer, so the delete runs in the admin's
 * transaction at the point the event fired it: after the new vote round is written.
 */
@Stateless
public class VoteClearing {

    @PersistenceContext
    EntityManager em;

    public void clear(@Observes VotesVoided voided) {
        voided.candidateIds()
                .ifPresentOrElse(
                        ids -> em.createNamedQuery(Vote.DELETE_OF_CANDIDATES)
                                .setParameter("eventId", voided.eventId())
                                .setParameter("candidateIds", ids)
                                .executeUpdate(),
                        () -> em.createNamedQuery(Vote.DELETE_OF_EVENT)
                                .setParameter("eventId", voided.eventId())
                                .executeUpdate());
    }
}
