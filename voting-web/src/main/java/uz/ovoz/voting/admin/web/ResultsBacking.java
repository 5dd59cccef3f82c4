package uz.ovoz.voting.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uz.ovoz.voting.ballot.boundary.BallotCodes;
import uz.ovoz.voting.ballot.boundary.EventResults;
import uz.ovoz.voting.ballot.rest.ResultRow;
import uz.ovoz.voting.event.boundary.EventAdmin;
import uz.ovoz.voting.event.entity.Event;
import uz.ovoz.voting.live.control.CountAudit;

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

    @Inject
    CountAudit audit;

    private long id;
    private Event event;
    private List<ResultRow> rows;
    private List<String> issuedCodes;
    private CountAudit.Report report;

    /** The page's first request, once the {@code id} view parameter is set. */
    public void open() {
        FacesMessages.orNotFound(() -> event = events.find(id));
    }

    /** Counted from the database once per request, though the table asks for its rows several times. */
    public List<ResultRow> getRows() {
        if (rows == null) {
            rows = ResultRow.all(results.of(event));
        }
        return rows;
    }

    /** The event recounted from the database and compared with the server's tally and the displays. */
    public CountAudit.Report getAudit() {
        if (report == null) {
            report = audit.audit(id);
        }
        return report;
    }

    public List<String> getCodes() {
        if (issuedCodes == null) {
            issuedCodes = codes.list(id);
        }
        return issuedCodes;
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
