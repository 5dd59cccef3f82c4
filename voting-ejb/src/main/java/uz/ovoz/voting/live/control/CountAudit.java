package uz.ovoz.voting.live.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uz.ovoz.platform.error.Rejected;
import uz.ovoz.voting.ballot.control.Tally;
import uz.ovoz.voting.ballot.control.TallyBoard;
import uz.ovoz.voting.ballot.entity.Vote;
import uz.ovoz.voting.event.control.EventSnapshot;

/**
 * Recounts an event from the database and compares every candidate's count with the tally this
 * instance keeps (advanced by each confirmed vote) and with what its displays were last sent. A
 * difference that lasts longer than a tally publication (a fraction of a second) is a defect.
 */
@Stateless
public class CountAudit {

    /** One candidate's three counts; {@code displayed} is null when no display was sent it. */
    public record CandidateAudit(
            @JsonbProperty("candidate_id") long candidateId,
            @JsonbProperty("full_name") String fullName,
            Tally.Counts database,
            @JsonbProperty("server_tally") Tally.Counts serverTally,
            @JsonbProperty(nillable = true) Tally.Counts displayed,
            List<String> differences) {}

    public record Report(@JsonbProperty("event_id") long eventId, boolean consistent, List<CandidateAudit> candidates) {

        public List<String> differences() {
            return candidates.stream()
                    .flatMap(candidate -> candidate.differences().stream()
                            .map(difference -> candidate.fullName() + ": " + difference))
                    .toList();
        }
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    SnapshotLoader loader;

    @EJB
    TallyBoard tallies;

    @Inject
    ShownTallies shown;

    public Report audit(long eventId) {
        EventSnapshot event = loader.byId(eventId).orElseThrow(() -> Rejected.notFound("No event " + eventId));
        Map<Long, Tally> recount = Tally.byCandidate(em.createNamedQuery(Vote.TALLIES_OF_EVENT, Object[].class)
                .setParameter("eventId", eventId)
                .getResultList());
        Map<Long, Tally.Counts> displayed = shown.of(eventId);
        List<CandidateAudit> candidates = new ArrayList<>();
        for (EventSnapshot.Entry entry : event.candidates()) {
            long candidateId = entry.candidateId();
            Tally stored = recount.get(candidateId);
            Tally.Counts database = stored == null ? Tally.Counts.NONE : stored.counts();
            Tally.Counts server = tallies.counts(eventId, candidateId);
            Tally.Counts sent = displayed.get(candidateId);
            candidates.add(new CandidateAudit(
                    candidateId, entry.fullName(), database, server, sent, differences(database, server, sent)));
        }
        return new Report(
                eventId,
                candidates.stream()
                        .allMatch(candidate -> candidate.differences().isEmpty()),
                candidates);
    }

    static List<String> differences(Tally.Counts database, Tally.Counts server, Tally.Counts displayed) {
        List<String> differences = new ArrayList<>();
        if (!server.equals(database)) {
            differences.add("the server's tally " + brief(server) + " differs from the database " + brief(database));
        }
        if (displayed != null && !displayed.equals(database)) {
            differences.add("displays were last sent " + brief(displayed) + ", the database holds " + brief(database));
        }
        return differences;
    }

    private static String brief(Tally.Counts counts) {
        return counts.yes() + " yes / " + counts.no() + " no / " + counts.neutral() + " neutral";
    }
}
