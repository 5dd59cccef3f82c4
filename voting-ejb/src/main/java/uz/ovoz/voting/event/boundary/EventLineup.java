package uz.ovoz.voting.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.event.control.EventChanged;
import uz.ovoz.voting.event.entity.Candidate;
import uz.ovoz.voting.event.entity.Event;
import uz.ovoz.voting.event.entity.EventCandidate;
import uz.ovoz.voting.event.entity.EventStatus;

/** An event's running order: which candidates, in what order, grouped how. */
@Stateless
public class EventLineup {

    static final int MIN_GROUP = 2;
    static final int MAX_GROUP = 4;

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<EventChanged> changes;

    public List<EventCandidate> of(Event event) {
        return em.createNamedQuery(EventCandidate.OF_EVENT, EventCandidate.class)
                .setParameter("event", event)
                .getResultList();
    }

    public List<Long> candidateIds(Event event) {
        return of(event).stream().map(place -> place.getCandidate().getId()).toList();
    }

    /** The candidate and, if it is in a group, its peers. */
    public List<Long> withGroup(Event event, long candidateId) {
        EventCandidate place = place(event, candidateId);
        if (place.getGroupNo() == null) {
            return List.of(candidateId);
        }
        return of(event).stream()
                .filter(other -> place.getGroupNo().equals(other.getGroupNo()))
                .map(other -> other.getCandidate().getId())
                .toList();
    }

    public EventCandidate add(Event event, long candidateId) {
        Candidate candidate = em.find(Candidate.class, candidateId);
        if (candidate == null) {
            throw Rejected.notFound("No candidate " + candidateId);
        }
        List<EventCandidate> order = of(event);
        if (order.stream().anyMatch(place -> place.getCandidate().getId() == candidateId)) {
            throw Rejected.conflict("Candidate " + candidateId + " is already in this event");
        }
        int last = order.stream().mapToInt(EventCandidate::getSortOrder).max().orElse(-1);
        EventCandidate place = new EventCandidate(event, candidate, last + 1);
        em.persist(place);
        changed(event);
        return place;
    }

    public void remove(Event event, long candidateId) {
        if (event.getStatus() == EventStatus.ACTIVE) {
            throw Rejected.conflict("Candidates cannot be removed while the event runs");
        }
        em.remove(place(event, candidateId));
        em.flush();
        renumber(event, candidateIds(event));
        changed(event);
    }

    /** Puts the event's candidates in the given order; it must name each of them exactly once. */
    public void reorder(Event event, List<Long> candidateIds) {
        List<Long> current = candidateIds(event);
        if (candidateIds.size() != current.size() || !new HashSet<>(candidateIds).equals(new HashSet<>(current))) {
            throw Rejected.invalid(
                    "The new order must list each of the event's " + current.size() + " candidates exactly once");
        }
        renumber(event, candidateIds);
        changed(event);
    }

    /** Makes the candidates one group competing for one position. */
    public int group(Event event, List<Long> candidateIds) {
        if (candidateIds.size() < MIN_GROUP
                || candidateIds.size() > MAX_GROUP
                || new HashSet<>(candidateIds).size() != candidateIds.size()) {
            throw Rejected.invalid("A group has " + MIN_GROUP + " to " + MAX_GROUP + " different candidates");
        }
        List<EventCandidate> order = of(event);
        int groupNo = order.stream()
                        .map(EventCandidate::getGroupNo)
                        .filter(Objects::nonNull)
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(0)
                + 1;
        candidateIds.forEach(id -> place(order, id).setGroupNo(groupNo));
        changed(event);
        return groupNo;
    }

    public void ungroup(Event event, int groupNo) {
        List<EventCandidate> members = of(event).stream()
                .filter(place -> Integer.valueOf(groupNo).equals(place.getGroupNo()))
                .toList();
        if (members.isEmpty()) {
            throw Rejected.notFound("No group " + groupNo + " in this event");
        }
        members.forEach(place -> place.setGroupNo(null));
        changed(event);
    }

    private void renumber(Event event, List<Long> candidateIds) {
        Map<Long, EventCandidate> places = of(event).stream()
                .collect(Collectors.toMap(place -> place.getCandidate().getId(), Function.identity()));
        for (int i = 0; i < candidateIds.size(); i++) {
            places.get(candidateIds.get(i)).setSortOrder(i);
        }
    }

    private EventCandidate place(Event event, long candidateId) {
        return place(of(event), candidateId);
    }

    private static EventCandidate place(List<EventCandidate> order, long candidateId) {
        return order.stream()
                .filter(place -> place.getCandidate().getId() == candidateId)
                .findFirst()
                .orElseThrow(() -> Rejected.notFound("Candidate " + candidateId + " is not in this event"));
    }

    private void changed(Event event) {
        changes.fire(EventChanged.state(event.getId(), event.getLink()));
    }
}
