package uz.ovoz.voting.live.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.LongStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.websocket.PreparedFrame;
import uz.ovoz.voting.event.control.EventSnapshot;
import uz.ovoz.voting.event.entity.EventStatus;

/**
 * Rehearses an admin change's path at deployment, so that the first <i>Start timer</i> after a start
 * reaches the voters as fast as later ones: builds and encodes the live frames of a made-up event
 * until the JIT has compiled them, schedules and cancels its countdown, and looks the event up in
 * the database (a pooled connection, the prepared lookup). The made-up event is never stored nor
 * sent to anyone, and no user data is read or written. It runs beside the deployment, not in it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LiveWarmUp {

    private static final Logger LOG = Logger.getLogger(LiveWarmUp.class.getName());
    /** No event has this id: ids are generated from 1. */
    static final long NO_EVENT = -1;

    @Inject
    @ConfigProperty(name = "ovoz.live.warm-up-rounds", defaultValue = "20000")
    int rounds;

    @Inject
    LiveFrames frames;

    @EJB
    Countdown countdown;

    @EJB
    SnapshotLoader loader;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        if (rounds > 0) {
            executor.execute(this::rehearse);
        }
    }

    void rehearse() {
        long start = System.nanoTime();
        try {
            EventSnapshot event = madeUp(Instant.now());
            long bytes = 0;
            for (int i = 0; i < rounds; i++) {
                bytes += PreparedFrame.json(frames.currentCandidate(event)).length();
                bytes += PreparedFrame.json(new LiveFrame.TallyUpdate(new LiveFrame.Counts(1L, i, i, i, 3L * i)))
                        .length();
            }
            countdown.schedule(event);
            countdown.cancel(NO_EVENT);
            loader.byId(NO_EVENT);
            LOG.log(
                    Level.INFO,
                    "Warmed the live broadcast path: {0} rounds ({1} KB of frames) in {2} ms",
                    new Object[] {rounds, bytes / 1024, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)});
        } catch (RuntimeException e) {
            // only the first round's speed is at stake
            LOG.log(Level.WARNING, "The warm-up of the live broadcast path failed", e);
        }
    }

    /** A running event of five candidates whose timer runs for an hour; never stored. */
    static EventSnapshot madeUp(Instant now) {
        List<EventSnapshot.Entry> candidates = LongStream.rangeClosed(1, 5)
                .mapToObj(id -> new EventSnapshot.Entry(id, "Candidate " + id, null, "Position", "Degree", null))
                .toList();
        return new EventSnapshot(
                NO_EVENT,
                "warm-up",
                "Warm-up",
                EventStatus.ACTIVE,
                60,
                0,
                candidates,
                now,
                now.plus(Duration.ofHours(1)),
                false,
                false,
                false,
                1);
    }
}
