package uz.ovoz.voting.oldsystem.control;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import uz.ovoz.voting.event.control.EventLinks;
import uz.ovoz.voting.event.entity.Event;
import uz.ovoz.voting.event.entity.EventStatus;

/** An old event as an Ovoz event: the same name, link and countdown; never running here. */
public final class OldEvents {

    public static final String KNOWN = "event-known";

    private OldEvents() {}

    public static Event create(EntityManager em, OldRows.Event old, ImportLedger ledger) {
        String name =
                cut(old.name() == null || old.name().isBlank() ? "Event " + old.id() : old.name(), Event.NAME_LENGTH);
        String link = old.link();
        if (link == null || link.isBlank() || link.length() > Event.LINK_LENGTH || taken(em, link)) {
            String fresh = EventLinks.generate();
            ledger.problem("Event '" + name + "': its link " + link + " is taken here or unusable; it is now " + fresh);
            link = fresh;
        }
        Event event = new Event(name, link, old.durationSec() > 0 ? old.durationSec() : 15);
        // An event that was running in the old system cannot go on running here: it is over
        String status = old.status() == null ? "" : old.status().toLowerCase(Locale.ROOT);
        event.setStatus(
                switch (status) {
                    case "pending" -> EventStatus.PENDING;
                    case "archived" -> EventStatus.ARCHIVED;
                    default -> EventStatus.FINISHED;
                });
        return event;
    }

    private static boolean taken(EntityManager em, String link) {
        return !em.createNamedQuery(Event.BY_LINK, Event.class)
                .setParameter("link", link)
                .getResultList()
                .isEmpty();
    }

    static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
