package uz.ovoz.voting.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.event.control.EventChanged;
import uz.ovoz.voting.event.control.EventLinks;
import uz.ovoz.voting.event.control.RunningOrder;
import uz.ovoz.voting.event.control.VotesVoided;
import uz.ovoz.voting.event.entity.Event;
import uz.ovoz.voting.event.entity.EventCandidate;
import uz.ovoz.voting.event.entity.EventStatus;

/**
 * Everything an admin does to run an event. Each operation is one transaction; connected voters
 * and displays are told after it commits (through {@link EventChanged}).
 */
@Stateless
public class EventAdmin {

    private static final Logger LOG = Logger.getLogger(EventAdmin.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<EventChanged> changes;

    @Inject
    jakarta.enterprise.event.Event<VotesVoided> voided;

    @Inject
    EventLineup lineup;

    public List<Event> all() {
        return em.createNamedQuery(Event.ALL, Event.class).getResultList();
    }

    public Event find(long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null) {
            throw Rejected.notFound("No event " + eventId);
        }
        return event;
    }

    public Event create(EventSettings settings) {
        String name = EventRules.name(settings.name());
        int duration = EventRules.duration(
                settings.durationSec() == null ? EventRules.DEFAULT_DURATION : settings.durationSec());
        Event event = new Event(name, uniqueLink(), duration);
        apply(event, settings);
        em.persist(event);
        LOG.log(Level.INFO, "Event {0} created: {1}", new Object[] {event.getLink(), name});
        return event;
    }

    public Event update(long eventId, EventSettings settings) {
        Event event = find(eventId);
        if (settings.name() != null) {
            event.setName(EventRules.name(settings.name()));
        }
        if (settings.durationSec() != null) {
            event.setDurationSec(EventRules.duration(settings.durationSec()));
        }
        apply(event, settings);
        return changed(event);
    }

    public void delete(long eventId) {
        Event event = find(eventId);
        if (event.getStatus() == EventStatus.ACTIVE) {
            throw Rejected.conflict("Stop the event before deleting it");
        }
        voided.fire(VotesVoided.all(eventId));
        em.remove(event);
        changes.fire(new EventChanged(eventId, event.getLink(), EventChanged.Change.DELETED, List.of()));
    }

    public Event duplicate(long eventId) {
        Event original = find(eventId);
        Event copy = new Event(original.getName() + " (copy)", uniqueLink(), original.getDurationSec());
        copy.setHideTally(original.isHideTally());
        copy.setOneVotePerIp(original.isOneVotePerIp());
        copy.setRequiresCodes(original.isRequiresCodes());
        em.persist(copy);
        for (EventCandidate place : lineup.of(original)) {
            EventCandidate copied = new EventCandidate(copy, place.getCandidate(), place.getSortOrder());
            copied.setGroupNo(place.getGroupNo());
            em.persist(copied);
        }
        return copy;
    }

    /** Deletes the votes and puts the event back to pending, at its first candidate. */
    public Event reset(long eventId) {
        Event event = closeVoteRound(eventId);
        voided.fire(VotesVoided.all(eventId));
        event.setStatus(EventStatus.PENDING);
        event.setCurrentIndex(lineup.of(event).isEmpty() ? null : 0);
        event.clearTimer();
        changes.fire(new EventChanged(
                eventId, event.getLink(), EventChanged.Change.VOTES_CLEARED, lineup.candidateIds(event)));
        return event;
    }

    public Event start(long eventId) {
        Event event = find(eventId);
        if (event.getStatus() == EventStatus.ARCHIVED) {
            throw Rejected.conflict("An archived event cannot be started");
        }
        if (lineup.of(event).isEmpty()) {
            throw Rejected.conflict("Add candidates before starting the event");
        }
        event.setStatus(EventStatus.ACTIVE);
        if (event.getCurrentIndex() == null) {
            event.setCurrentIndex(0);
        }
        LOG.log(Level.INFO, "Event {0} started", event.getLink());
        return changed(event);
    }

    public Event stop(long eventId) {
        Event event = find(eventId);
        event.setStatus(EventStatus.FINISHED);
        event.clearTimer();
        LOG.log(Level.INFO, "Event {0} stopped", event.getLink());
        return changed(event);
    }

    public Event archive(long eventId) {
        Event event = find(eventId);
        if (event.getStatus() == EventStatus.ACTIVE) {
            throw Rejected.conflict("Stop the event before archiving it");
        }
        event.setStatus(EventStatus.ARCHIVED);
        return changed(event);
    }

    public Event setCurrent(long eventId, int index) {
        Event event = find(eventId);
        int size = lineup.of(event).size();
        if (index < 0 || index >= size) {
            throw Rejected.invalid("index must be between 0 and " + (size - 1));
        }
        event.setCurrentIndex(index);
        event.clearTimer();
        return changed(event);
    }

    /**
     * Moves to the next candidate that still needs voting; past the last one the event finishes.
     * Which candidates have votes is the ballot's to say ({@code NextCandidate} asks it).
     */
    public Event next(long eventId, Set<Long> candidatesWithVotes) {
        Event event = find(eventId);
        List<RunningOrder.Place> order = lineup.of(event).stream()
                .map(place -> new RunningOrder.Place(place.getCandidate().getId(), place.getGroupNo()))
                .toList();
        OptionalInt next = RunningOrder.next(order, event.getCurrentIndex(), candidatesWithVotes);
        event.clearTimer();
        if (next.isPresent()) {
            event.setCurrentIndex(next.getAsInt());
        } else {
            event.setStatus(EventStatus.FINISHED);
            event.setCurrentIndex(null);
        }
        LOG.log(Level.INFO, "Event {0}: next candidate {1}", new Object[] {event.getLink(), event.getCurrentIndex()});
        return changed(event);
    }

    /** Starts (or restarts) the countdown of the current candidate. */
    public Event startTimer(long eventId, Integer durationSec) {
        Event event = find(eventId);
        if (event.getStatus() != EventStatus.ACTIVE) {
            throw Rejected.conflict("Start the event before starting a timer");
        }
        if (event.getCurrentIndex() == null) {
            throw Rejected.conflict("There is no current candidate");
        }
        int duration = durationSec == null ? event.getDurationSec() : EventRules.duration(durationSec);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        event.startTimer(now, now.plusSeconds(duration));
        LOG.log(Level.INFO, "Event {0}: timer of {1}s started", new Object[] {event.getLink(), duration});
        return changed(event);
    }

    /** Deletes the votes of a candidate and of the group it competes in. */
    public List<Long> clearVotes(long eventId, long candidateId) {
        Event event = closeVoteRound(eventId);
        List<Long> cleared = lineup.withGroup(event, candidateId);
        voided.fire(VotesVoided.of(eventId, cleared));
        changes.fire(new EventChanged(eventId, event.getLink(), EventChanged.Change.VOTES_CLEARED, cleared));
        return cleared;
    }

    /**
     * Moves the event to its next vote round and writes that before any vote is deleted: the update
     * waits for a vote batch that holds the event's row, and a batch that comes later finds the new
     * round and refuses the votes checked under the old one. Either way no vote outlives the reset
     * or clear.
     */
    private Event closeVoteRound(long eventId) {
        Event event = find(eventId);
        event.closeVoteRound();
        em.flush();
        return event;
    }

    Event changed(Event event) {
        changes.fire(EventChanged.state(event.getId(), event.getLink()));
        return event;
    }

    private static void apply(Event event, EventSettings settings) {
        if (settings.hideTally() != null) {
            event.setHideTally(settings.hideTally());
        }
        if (settings.oneVotePerIp() != null) {
            event.setOneVotePerIp(settings.oneVotePerIp());
        }
        if (settings.requiresCodes() != null) {
            event.setRequiresCodes(settings.requiresCodes());
        }
    }

    private String uniqueLink() {
        String link;
        do {
            link = EventLinks.generate();
        } while (!em.createNamedQuery(Event.BY_LINK, Event.class)
                .setParameter("link", link)
                .getResultList()
                .isEmpty());
        return link;
    }
}
