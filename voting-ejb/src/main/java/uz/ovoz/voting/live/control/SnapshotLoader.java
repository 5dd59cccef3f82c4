package uz.ovoz.voting.live.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import uz.ovoz.voting.event.control.EventSnapshot;
import uz.ovoz.voting.event.entity.Event;
import uz.ovoz.voting.event.entity.EventCandidate;

/** Reads an event and its running order into an {@link EventSnapshot}. */
@Stateless
public class SnapshotLoader {

    @PersistenceContext
    EntityManager em;

    public Optional<EventSnapshot> byLink(String link) {
        return em.createNamedQuery(Event.BY_LINK, Event.class)
                .setParameter("link", link)
                .getResultStream()
                .findFirst()
                .map(this::snapshot);
    }

    public Optional<EventSnapshot> byId(long eventId) {
        return Optional.ofNullable(em.find(Event.class, eventId)).map(this::snapshot);
    }

    private EventSnapshot snapshot(Event event) {
        List<EventSnapshot.Entry> entries = em
                .createNamedQuery(EventCandidate.OF_EVENT, EventCandidate.class)
                .setParameter("event", event)
                .getResultList()
                .stream()
                .map(place -> new EventSnapshot.Entry(
                        place.getCandidate().getId(),
                        place.getCandidate().getFullName(),
                        place.getCandidate().getImage(),
                        place.getCandidate().getWhichPosition(),
                        place.getCandidate().getDegree(),
                        place.getGroupNo()))
                .toList();
        return new EventSnapshot(
                event.getId(),
                event.getLink(),
                event.getName(),
                event.getStatus(),
                event.getDurationSec(),
                event.getCurrentIndex(),
                entries,
                instant(event.getTimerStartedAt()),
                instant(event.getTimerEndsAt()),
                event.isHideTally(),
                event.isOneVotePerIp(),
                event.isRequiresCodes(),
                event.getVoteRound());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
