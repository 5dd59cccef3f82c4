package uz.ovoz.voting.live.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uz.ovoz.platform.grid.Grid;
import uz.ovoz.voting.ballot.control.TallyBoard;
import uz.ovoz.voting.ballot.control.VotesCommitted;
import uz.ovoz.voting.event.control.EventChanged;

/**
 * Carries the voting side's committed changes to the other instances of a cluster: an admin's
 * change of an event (each instance reloads the event from the database and tells its own clients)
 * and the candidates whose tallies a vote batch moved (each instance recounts them from the database
 * before its next tally publication). The database stays the truth: a message says only what to
 * read again, so a late or repeated one does no harm.
 */
@Singleton
@Startup
@DependsOn("Grid")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LiveRelay {

    static final String EVENT_CHANGES = "ovoz.event-changes";
    static final String TALLIES_MOVED = "ovoz.tallies-moved";

    /** The candidates of one event whose tallies a committed batch moved. */
    public record TalliesMoved(long eventId, List<Long> candidateIds) {}

    @EJB
    Grid grid;

    @EJB
    LiveEvents events;

    @EJB
    TallyBoard tallies;

    @EJB
    TallyPublisher publisher;

    @PostConstruct
    void listen() {
        grid.subscribe(EVENT_CHANGES, EventChanged.class, events::apply);
        grid.subscribe(TALLIES_MOVED, TalliesMoved.class, this::movedElsewhere);
    }

    public void eventChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventChanged change) {
        grid.publish(EVENT_CHANGES, change);
    }

    public void votesCommitted(@Observes VotesCommitted votes) {
        votes.candidatesByEvent()
                .forEach((eventId, candidates) ->
                        grid.publish(TALLIES_MOVED, new TalliesMoved(eventId, List.copyOf(candidates))));
    }

    private void movedElsewhere(TalliesMoved moved) {
        tallies.recountBeforeNextRead(moved.eventId(), moved.candidateIds());
        publisher.committed(new VotesCommitted(Map.of(moved.eventId(), Set.copyOf(moved.candidateIds()))));
    }
}
