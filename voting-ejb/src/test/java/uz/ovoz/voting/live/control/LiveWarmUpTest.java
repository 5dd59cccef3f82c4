package uz.ovoz.voting.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uz.ovoz.voting.event.control.EventSnapshot;

/** The warm-up rehearses on a made-up event only: the one id no event has, scheduled and cancelled again. */
class LiveWarmUpTest {

    private static final class RecordingCountdown extends Countdown {
        final List<String> calls = new ArrayList<>();

        @Override
        public void schedule(EventSnapshot snapshot) {
            calls.add("schedule " + snapshot.eventId());
        }

        @Override
        public void cancel(long eventId) {
            calls.add("cancel " + eventId);
        }
    }

    private static final class RecordingLoader extends SnapshotLoader {
        final List<Long> lookedUp = new ArrayList<>();

        @Override
        public Optional<EventSnapshot> byId(long eventId) {
            lookedUp.add(eventId);
            return Optional.empty();
        }
    }

    @Test
    void theMadeUpEventRunsItsTimerSoTheFramesAreThoseOfStartTimer() {
        Instant now = Instant.now();
        EventSnapshot event = LiveWarmUp.madeUp(now);
        assertTrue(event.timerRunning(now));
        assertTrue(event.current().isPresent());
        assertEquals(LiveWarmUp.NO_EVENT, event.eventId());
    }

    @Test
    void theRehearsalSchedulesAndCancelsTheMadeUpCountdownAndLooksUpNoRealEvent() {
        LiveWarmUp warmUp = new LiveWarmUp();
        warmUp.rounds = 3;
        warmUp.frames = new LiveFrames();
        RecordingCountdown countdown = new RecordingCountdown();
        RecordingLoader loader = new RecordingLoader();
        warmUp.countdown = countdown;
        warmUp.loader = loader;
        warmUp.rehearse();
        assertEquals(List.of("schedule -1", "cancel -1"), countdown.calls);
        assertEquals(List.of(-1L), loader.lookedUp);
    }
}
