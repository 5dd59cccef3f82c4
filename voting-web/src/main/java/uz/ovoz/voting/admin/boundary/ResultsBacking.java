package uz.ovoz.voting.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.ballot.boundary.BallotCodes;
import uz.ovoz.voting.event.boundary.EventAdmin;
import uz.ovoz.voting.event.boundary.EventResults;
import uz.ovoz.voting.event.boundary.ResultRow;
import uz.ovoz.voting.event.entity.Event;

/** An event's results table with its exports, and the printable sheet of its ballot codes. */
@Named
@RequestScoped
public class ResultsBacking {

    @Inject
    EventAdmin events;

    @Inject
    EventResults results;

    @Inject
    BallotCodes codes;

    private long id;
    private Event event;

    /** The page's first request: a missing event is a 404, not an error page. */
    public void open() {
        try {
            load();
        } catch (Rejected missing) {
            FacesMessages.notFound(missing);
        }
    }

    void load() {
        event = events.find(id);
    }

    public List<ResultRow> getRows() {
        return results.of(event).stream().map(ResultRow::of).toList();
    }

    public List<String> getCodes() {
        return codes.list(id);
    }

    public Event getEvent() {
        return event;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
