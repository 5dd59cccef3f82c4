package uz.ovoz.voting.live.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import uz.ovoz.voting.ballot.control.TallyBoard;
import uz.ovoz.voting.event.control.EventChanged;
import uz.ovoz.voting.event.control.EventSnapshot;

/**
 * The in-memory snapshots of the events clients are connected to, by link. A snapshot is replaced
 * after every committed change of its event, and the change is pushed to the event's clients.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Every vote reads its event's snapshot here: the default (REQUIRED) began and committed a JTA
// transaction per vote for a map lookup; the loader starts its own when it reads the database
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LiveEvents {

    private static final Logger LOG = Logger.getLogger(LiveEvents.class.getName());
    static final CloseReason EVENT_DELETED =
            new CloseReason(CloseReason.CloseCodes.getCloseCode(4004), "Event deleted");

    private final Map<Long, Object> displayTurns = new ConcurrentHashMap<>();

    @Inject
    LiveSnapshots snapshots;

    @EJB
    SnapshotLoader loader;

    @Inject
    LiveBroadcaster broadcaster;

    @EJB
    Countdown countdown;

    @EJB
    SessionRegistry sessions;

    @EJB
    TallyBoard tallies;

    @Inject
    ShownTallies shown;

    @EJB
    TallyPublisher publisher;

    @Inject
    LiveFrames frames;

    public Optional<EventSnapshot> snapshot(String link) {
        Optional<EventSnapshot> cached = snapshots.cached(link);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<EventSnapshot> loaded = loader.byLink(link);
        loaded.ifPresent(snapshot -> {
            snapshots.putIfAbsent(link, snapshot);
            countdown.schedule(snapshot);
        });
        return loaded;
    }

    /**
     * The event as the database has it now, replacing this instance's picture. In a cluster an admin's
     * change made on another instance reaches this one a few milliseconds after it commits: a client
     * refused on the cached picture (an event not started yet) is checked against this first.
     */
    public Optional<EventSnapshot> reload(String link) {
        Optional<EventSnapshot> loaded = loader.byLink(link);
        loaded.ifPresent(snapshot -> {
            snapshots.put(link, snapshot);
            countdown.schedule(snapshot);
        });
        return loaded;
    }

    /** The snapshot of an event some client is connected to; empty when nobody watches it here. */
    public Optional<EventSnapshot> cachedById(long eventId) {
        return snapshots.all().stream()
                .filter(snapshot -> snapshot.eventId() == eventId)
                .findFirst();
    }

    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventChanged change) {
        apply(change);
    }

    /** Reloads a changed event and tells this instance's clients; the change came from here or another instance. */
    public void apply(EventChanged change) {
        try {
            reload(change);
        } catch (RuntimeException e) {
            // the admin's change is committed; a failed push must not turn it into an error
            LOG.log(Level.WARNING, "Could not push the change of event " + change.link(), e);
        }
    }

    private void reload(EventChanged change) {
        if (change.change() == EventChanged.Change.DELETED) {
            snapshots.remove(change.link());
            countdown.cancel(change.eventId());
            displayTurns.remove(change.eventId());
            sessions.closeAll(change.link(), EVENT_DELETED);
            return;
        }
        boolean cleared = change.change() == EventChanged.Change.VOTES_CLEARED;
        Optional<EventSnapshot> fresh = inTurn(change.eventId(), () -> {
            Optional<EventSnapshot> loaded = loader.byId(change.eventId());
            loaded.ifPresent(snapshot -> {
                snapshots.put(snapshot.link(), snapshot);
                countdown.schedule(snapshot);
                if (cleared) {
                    tallies.forget(snapshot.eventId());
                    shown.forget(snapshot.eventId());
                }
            });
            return loaded;
        });
        if (fresh.isEmpty()) {
            return;
        }
        EventSnapshot snapshot = fresh.get();
        if (cleared) {
            broadcaster.votesCleared(snapshot, change.candidateIds());
            publisher.resendToVoters(snapshot.eventId(), change.candidateIds());
        }
        broadcaster.voterState(snapshot);
        showOnDisplays(snapshot.eventId());
    }

    /** Sends every display of the event a frame of its state and tallies as they are now. */
    public void showOnDisplays(long eventId) {
        inTurn(eventId, () -> {
            cachedById(eventId).ifPresent(broadcaster::display);
            return null;
        });
    }

    /** Hands one display the event's frame as it is now, in turn with the broadcasts; nothing for no such event. */
    public void showOnDisplay(String link, Consumer<LiveFrame.DisplayUpdate> display) {
        snapshot(link)
                .ifPresent(loaded -> inTurn(loaded.eventId(), () -> {
                    display.accept(frames.display(snapshots.cached(link).orElse(loaded)));
                    return null;
                }));
    }

    /**
     * Display frames are built on several threads (an admin's change, the tally tick, a countdown, a
     * display's open). Built from the state of one moment and queued at another, an older frame could
     * reach a display after a newer one and leave it on a stale count until the next vote. One event's
     * frames are therefore built from the newest snapshot and queued one at a time, so the last frame
     * queued is the newest.
     */
    private <T> T inTurn(long eventId, Supplier<T> step) {
        synchronized (displayTurns.computeIfAbsent(eventId, id -> new Object())) {
            return step.get();
        }
    }
}
