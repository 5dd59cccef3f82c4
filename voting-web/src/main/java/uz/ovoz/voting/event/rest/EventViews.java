package uz.ovoz.voting.event.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uz.ovoz.voting.event.boundary.EventAdmin;
import uz.ovoz.voting.event.boundary.EventLineup;
import uz.ovoz.voting.event.entity.Event;

/** What every event resource answers: the event as it is after the request, with its running order. */
@ApplicationScoped
public class EventViews {

    @Inject
    EventAdmin admin;

    @Inject
    EventLineup lineup;

    /** Reads the event again, so the answer shows what the request's transaction committed. */
    public EventView of(Event event) {
        Event fresh = admin.find(event.getId());
        return EventView.of(fresh, lineup.of(fresh));
    }
}
