package uz.ovoz.voting.oldsystem.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.event.entity.Candidate;
import uz.ovoz.voting.event.entity.Event;
import uz.ovoz.voting.event.entity.EventCandidate;
import uz.ovoz.voting.oldsystem.control.ImportLedger;
import uz.ovoz.voting.oldsystem.control.OldCandidates;
import uz.ovoz.voting.oldsystem.control.OldDatabase;
import uz.ovoz.voting.oldsystem.control.OldEvents;
import uz.ovoz.voting.oldsystem.control.OldRows;
import uz.ovoz.voting.oldsystem.control.OldVotes;
import uz.ovoz.voting.oldsystem.entity.ImportedRow;
import uz.ovoz.voting.oldsystem.entity.ImportedRow.Kind;

/**
 * Brings an old voting database across, in one transaction: candidates (with their photos), events
 * with their running order and groups, and their votes. Every row brought across is remembered
 * ({@code imported_rows}) under the source's name, so importing the same source again adds nothing;
 * two imports of one source at once cannot both commit (the ledger's primary key).
 */
@Stateless
public class OldSystemImport {

    private static final Logger LOG = Logger.getLogger(OldSystemImport.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    OldCandidates candidates;

    @Inject
    OldVotes votes;

    /**
     * Imports the database at {@code url} ({@code jdbc:sqlite:/path/voting.db} or a PostgreSQL URL)
     * with photos from {@code uploads} (may be null: then no photos).
     */
    public ImportReport run(String url, String user, String password, String uploads) {
        if (url == null || url.isBlank() || url.length() > ImportedRow.SOURCE_LENGTH) {
            throw Rejected.invalid("Give the old database as a JDBC URL, e.g. jdbc:sqlite:/srv/old/data/voting.db");
        }
        Path photos =
                uploads == null || uploads.isBlank() ? null : Path.of(uploads).toAbsolutePath();
        if (photos != null && !Files.isDirectory(photos)) {
            throw Rejected.invalid("The uploads folder " + photos + " does not exist on the server");
        }
        OldRows rows;
        try {
            rows = OldDatabase.read(url, user, password);
        } catch (SQLException unreadable) {
            throw Rejected.invalid("Cannot read the old database " + url + ": " + unreadable.getMessage());
        }
        ImportLedger ledger = new ImportLedger(
                em.createNamedQuery(ImportedRow.OF_SOURCE, ImportedRow.class)
                        .setParameter("source", url)
                        .getResultList(),
                ImportReport.MAX_PROBLEMS);
        candidates.bring(rows.candidates(), photos, url, ledger);
        Map<Long, Event> events = events(rows, url, ledger);
        Map<Long, EventCandidate> places = places(rows, events, url, ledger);
        votes.bring(rows.votes(), events, places, url, ledger);
        ImportReport report = new ImportReport(
                url,
                ledger.total(Kind.CANDIDATE),
                ledger.total(OldCandidates.KNOWN),
                ledger.total(OldCandidates.PHOTO),
                ledger.total(Kind.EVENT),
                ledger.total(OldEvents.KNOWN),
                ledger.total(Kind.PLACE),
                ledger.total(Kind.VOTE),
                ledger.total(OldVotes.KNOWN),
                ledger.total(OldVotes.NOT_COUNTED),
                ledger.problems());
        LOG.log(Level.INFO, "Imported from the old system: {0}", report);
        return report;
    }

    private Map<Long, Event> events(OldRows rows, String source, ImportLedger ledger) {
        Map<Long, Event> events = new HashMap<>();
        for (OldRows.Event old : rows.events()) {
            Event event = ledger.newId(Kind.EVENT, old.id())
                    .map(id -> em.find(Event.class, id))
                    .orElse(null);
            if (event != null) {
                ledger.add(OldEvents.KNOWN);
            } else if (!ledger.newId(Kind.EVENT, old.id()).isPresent()) {
                event = OldEvents.create(em, old, ledger);
                em.persist(event);
                em.persist(new ImportedRow(source, Kind.EVENT, old.id(), event.getId()));
                ledger.add(Kind.EVENT);
            }
            if (event != null) {
                events.put(old.id(), event);
            }
        }
        return events;
    }

    private Map<Long, EventCandidate> places(
            OldRows rows, Map<Long, Event> events, String source, ImportLedger ledger) {
        Map<Long, EventCandidate> places = new HashMap<>();
        Map<Long, Map<String, Integer>> groups = new HashMap<>();
        Map<Long, Integer> nextOrder = new HashMap<>();
        Map<String, EventCandidate> byCandidate = new HashMap<>();
        for (OldRows.Place old : rows.places()) {
            Event event = events.get(old.eventId());
            Long candidateId = ledger.newId(Kind.CANDIDATE, old.candidateId()).orElse(null);
            if (event == null || candidateId == null) {
                continue;
            }
            int order = nextOrder.merge(old.eventId(), 1, Integer::sum) - 1;
            Integer group = old.group() == null || old.group().isBlank()
                    ? null
                    : groups.computeIfAbsent(old.eventId(), id -> new HashMap<>())
                            .computeIfAbsent(
                                    old.group(),
                                    name -> groups.get(old.eventId()).size() + 1);
            String key = event.getLink() + "/" + candidateId;
            EventCandidate place = ledger.newId(Kind.PLACE, old.id())
                    .map(id -> em.find(EventCandidate.class, id))
                    .orElse(null);
            if (place == null && byCandidate.containsKey(key)) {
                ledger.problem("Event '" + event.getName() + "': candidate " + old.candidateId()
                        + " is in the running order twice; the first place is kept");
                place = byCandidate.get(key);
            } else if (place == null && ledger.newId(Kind.PLACE, old.id()).isEmpty()) {
                place = new EventCandidate(event, em.find(Candidate.class, candidateId), order);
                place.setGroupNo(group);
                em.persist(place);
                em.persist(new ImportedRow(source, Kind.PLACE, old.id(), place.getId()));
                ledger.add(Kind.PLACE);
            }
            if (place != null) {
                byCandidate.putIfAbsent(key, place);
                places.put(old.id(), place);
            }
        }
        return places;
    }
}
