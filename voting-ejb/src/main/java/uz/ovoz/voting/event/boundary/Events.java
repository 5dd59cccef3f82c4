package uz.ovoz.voting.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uz.ovoz.voting.event.entity.Event;

/** Finds events by the short link voters and displays are given. */
@Stateless
public class Events {

    @PersistenceContext
    EntityManager em;

    public Optional<Event> byLink(String link) {
        return em.createNamedQuery(Event.BY_LINK, Event.class)
                .setParameter("link", link)
                .getResultStream()
                .findFirst();
    }
}
