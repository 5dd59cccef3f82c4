package uz.ovoz.voting.live.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.voting.ballot.control.VotesCommitted;

/**
 * Coalesces tally broadcasts: committed votes only mark their candidates, and at most every
 * {@code ovoz.tally.interval} milliseconds the marked tallies go out once. A vote storm thus becomes
 * a few broadcasts a second, not one per vote.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TallyPublisher {

    private final Map<Long, Set<Long>> moved = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "ovoz.tally.interval", defaultValue = "200")
    long intervalMs;

    @Resource
    TimerService timerService;

    @Inject
    LiveEvents events;

    @Inject
    LiveBroadcaster broadcaster;

    @PostConstruct
    void startTimer() {
        if (intervalMs < 1) {
            throw new IllegalStateException("ovoz.tally.interval must be positive, was " + intervalMs);
        }
        timerService.createIntervalTimer(intervalMs, intervalMs, new TimerConfig("tally-publish", false));
    }

    public void committed(@Observes VotesCommitted votes) {
        votes.candidatesByEvent().forEach((eventId, candidates) ->
                moved.computeIfAbsent(eventId, id -> ConcurrentHashMap.newKeySet()).addAll(candidates));
    }

    @Timeout
    void publish() {
        for (Long eventId : Set.copyOf(moved.keySet())) {
            Set<Long> candidates = moved.remove(eventId);
            if (candidates != null && !candidates.isEmpty()) {
                events.cachedById(eventId)
                        .ifPresent(snapshot -> broadcaster.talliesMoved(snapshot, candidates));
            }
        }
    }
}
