package uz.ovoz.voting.live.control;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uz.ovoz.voting.event.control.EventSnapshot;

/**
 * The server's side of the countdown: when a candidate's voting time runs out it tells the clients
 * itself ({@code timer_expired}); clients never depend on tick messages. Timers are non-persistent:
 * after a restart they are scheduled again from the event's stored deadline.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Countdown {

    record Deadline(long eventId, String link, long candidateId, long endsAtMillis) implements Serializable {}

    private final Map<Long, Timer> timers = new ConcurrentHashMap<>();

    @Resource
    TimerService timerService;

    @EJB
    LiveEvents events;

    @Inject
    LiveBroadcaster broadcaster;

    /** (Re)schedules the expiry of the snapshot's running timer; cancels it when none runs. */
    public void schedule(EventSnapshot snapshot) {
        cancel(snapshot.eventId());
        if (!snapshot.timerRunning(Instant.now()) || snapshot.current().isEmpty()) {
            return;
        }
        Deadline deadline = new Deadline(
                snapshot.eventId(),
                snapshot.link(),
                snapshot.current().get().candidateId(),
                snapshot.timerEndsAt().toEpochMilli());
        timers.put(
                snapshot.eventId(),
                timerService.createSingleActionTimer(
                        Date.from(snapshot.timerEndsAt()), new TimerConfig(deadline, false)));
    }

    public void cancel(long eventId) {
        Timer timer = timers.remove(eventId);
        if (timer != null) {
            try {
                timer.cancel();
            } catch (NoSuchObjectLocalException | IllegalStateException alreadyFired) {
                // it fired or was cancelled meanwhile
            }
        }
    }

    @Timeout
    void expired(Timer timer) {
        Deadline deadline = (Deadline) timer.getInfo();
        timers.remove(deadline.eventId(), timer);
        events.snapshot(deadline.link())
                .filter(snapshot -> snapshot.timerEndsAt() != null
                        && snapshot.timerEndsAt().toEpochMilli() == deadline.endsAtMillis())
                .ifPresent(snapshot -> {
                    broadcaster.timerExpired(snapshot, deadline.candidateId());
                    events.showOnDisplays(snapshot.eventId());
                });
    }
}
