package uz.ovoz.voting.oldsystem.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uz.ovoz.voting.ballot.entity.Vote;
import uz.ovoz.voting.ballot.entity.VoteType;
import uz.ovoz.voting.event.entity.Event;
import uz.ovoz.voting.event.entity.EventCandidate;
import uz.ovoz.voting.oldsystem.entity.ImportedRow;
import uz.ovoz.voting.oldsystem.entity.ImportedRow.Kind;

/**
 * The old votes as Ovoz votes, in the order they were cast, under the count rules ({@link VoteRules}):
 * a vote that breaks one is reported and left out, the first one counts.
 */
@Stateless
public class OldVotes {

    public static final String KNOWN = "vote-known";
    public static final String NOT_COUNTED = "vote-not-counted";

    @PersistenceContext
    EntityManager em;

    public void bring(
            List<OldRows.Vote> olds,
            Map<Long, Event> events,
            Map<Long, EventCandidate> places,
            String source,
            ImportLedger ledger) {
        VoteRules rules = new VoteRules();
        for (OldRows.Vote old : olds) {
            Event event = events.get(old.eventId());
            EventCandidate place = old.placeId() == null ? null : places.get(old.placeId());
            Optional<VoteType> type =
                    VoteType.fromWire(old.type() == null ? null : old.type().toLowerCase(Locale.ROOT));
            if (event == null || place == null || type.isEmpty()) {
                ledger.add(NOT_COUNTED);
                ledger.problem("Vote " + old.id() + ": its event, running-order place or type (" + old.type()
                        + ") is not in the old database");
                continue;
            }
            VoteRules.Verdict verdict = rules.admit(
                    event.getId(), place.getCandidate().getId(), place.getGroupNo(), old.voter(), type.get());
            if (ledger.newId(Kind.VOTE, old.id()).isPresent()) {
                ledger.add(KNOWN);
            } else if (verdict == VoteRules.Verdict.COUNTS) {
                Vote vote = new Vote(
                        event, place.getCandidate(), type.get(), OldEvents.cut(old.voter(), Vote.DEVICE_ID_LENGTH));
                vote.setIp(OldEvents.cut(old.ip(), Vote.IP_LENGTH));
                vote.setNonce(OldEvents.cut(old.nonce(), Vote.NONCE_LENGTH));
                vote.bringAcross(
                        old.at(), VoteRules.decides(place.getGroupNo(), type.get()) ? place.getGroupNo() : null);
                em.persist(vote);
                em.persist(new ImportedRow(source, Kind.VOTE, old.id(), vote.getId()));
                ledger.add(Kind.VOTE);
            } else {
                ledger.add(NOT_COUNTED);
                ledger.problem("Event '" + event.getName() + "': vote " + old.id() + " of " + old.voter() + " for '"
                        + place.getCandidate().getFullName() + "' "
                        + (verdict == VoteRules.Verdict.DUPLICATE
                                ? "repeats an earlier vote"
                                : "is a second decision in its group")
                        + "; the first counts");
            }
        }
    }
}
