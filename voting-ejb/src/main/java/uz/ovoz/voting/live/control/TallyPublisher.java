package uz.ovoz.voting.live.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.metrics.OvozMetrics;
import uz.ovoz.platform.timer.TimerCadence;
import uz.ovoz.voting.ballot.control.TallyBoard;
import uz.ovoz.voting.ballot.control.VotesCommitted;

/**
 * Coalesces tally broadcasts: committed votes only mark their candidates, and at most every
 * {@code ovoz.tally.interval} milliseconds the marked tallies go out once to displays, and at most
 * every {@code ovoz.tally.voter-interval} milliseconds to voters (there are thousands of them and a
 * phone needs no five updates a second). A vote storm thus becomes a few broadcasts a second, not
 * one per vote.
 * <p>
 * The voters' broadcast runs on a thread of its own: reaching 10,000 phones takes the better part of
 * a second under load, and the displays' next update must not wait behind it. While one voters'
 * broadcast still runs, the next waits for the following tick (its candidates stay marked).
 * <p>
 * The voters' broadcasts also take at most {@code ovoz.tally.voter-duty-percent} of the time: a
 * broadcast that took 800 ms is followed by the next no sooner than 3.2 s later at 25 %. On a busy
 * server the fixed cost of keeping 10,000 phones up to date would otherwise take the CPU the votes
 * themselves need; a quiet server, whose broadcasts are short, keeps the interval.
 */
@Singleton
@Startup
// Tunables (both intervals and the rule between them) are checked before the first tick
@DependsOn("ConfigCheck")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TallyPublisher {

    private final Map<Long, Set<Long>> moved = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> movedForVoters = new ConcurrentHashMap<>();
    private final AtomicBoolean publishingToVoters = new AtomicBoolean();
    private volatile long lastVoterPublish;
    private volatile long lastVoterBroadcastMs;

    @Inject
    @ConfigProperty(name = "ovoz.tally.interval", defaultValue = "100")
    long intervalMs;

    @Inject
    @ConfigProperty(name = "ovoz.tally.voter-interval", defaultValue = "1000")
    long voterIntervalMs;

    @Inject
    @ConfigProperty(name = "ovoz.tally.voter-duty-percent", defaultValue = "25")
    int voterDutyPercent;

    @Resource
    TimerService timerService;

    @Resource
    ManagedExecutorService executor;

    @EJB
    LiveEvents events;

    @EJB
    TallyBoard tallies;

    @Inject
    LiveBroadcaster broadcaster;

    @Inject
    OvozMetrics metrics;

    private TimerCadence cadence;

    @PostConstruct
    void startTimer() {
        cadence = TimerCadence.of("tally-publish", intervalMs, metrics);
        timerService.createIntervalTimer(intervalMs, intervalMs, new TimerConfig("tally-publish", false));
    }

    public void committed(@Observes VotesCommitted votes) {
        votes.candidatesByEvent().forEach((eventId, candidates) -> {
            mark(moved, eventId, candidates);
            mark(movedForVoters, eventId, candidates);
        });
    }

    private static void mark(Map<Long, Set<Long>> marked, long eventId, Collection<Long> candidates) {
        marked.computeIfAbsent(eventId, id -> ConcurrentHashMap.newKeySet()).addAll(candidates);
    }

    /**
     * Sends these tallies to the voters again with the next voters' broadcast. After votes are
     * cleared, a broadcast that was building its frames from the counts before the clear can queue
     * them after the clear's own frames; unlike a vote, a clear marks nothing afterwards, so without
     * this the phones would keep the old count.
     */
    public void resendToVoters(long eventId, Collection<Long> candidateIds) {
        if (!candidateIds.isEmpty()) {
            mark(movedForVoters, eventId, candidateIds);
        }
    }

    @Timeout
    void onTimer() {
        cadence.deliver(this::publish);
    }

    private void publish() {
        tallies.recountMoved();
        for (Long eventId : Set.copyOf(moved.keySet())) {
            Set<Long> candidates = moved.remove(eventId);
            if (candidates != null && !candidates.isEmpty()) {
                events.showOnDisplays(eventId);
            }
        }
        long now = System.currentTimeMillis();
        if (now - lastVoterPublish >= voterGapMs(voterIntervalMs, lastVoterBroadcastMs, voterDutyPercent)
                && !movedForVoters.isEmpty()
                && publishingToVoters.compareAndSet(false, true)) {
            lastVoterPublish = now;
            try {
                executor.execute(this::publishToVoters);
            } catch (RejectedExecutionException busy) {
                publishingToVoters.set(false);
            }
        }
    }

    /** The time from one voters' broadcast to the next: the interval, or longer after a long broadcast. */
    static long voterGapMs(long intervalMs, long lastBroadcastMs, int dutyPercent) {
        return Math.max(intervalMs, lastBroadcastMs * 100 / dutyPercent);
    }

    void publishToVoters() {
        long start = System.nanoTime();
        try {
            for (Long eventId : Set.copyOf(movedForVoters.keySet())) {
                Set<Long> candidates = movedForVoters.remove(eventId);
                if (candidates != null && !candidates.isEmpty()) {
                    events.cachedById(eventId).ifPresent(snapshot -> broadcaster.votersMoved(snapshot, candidates));
                }
            }
        } finally {
            lastVoterBroadcastMs = (System.nanoTime() - start) / 1_000_000;
            publishingToVoters.set(false);
        }
    }
}
