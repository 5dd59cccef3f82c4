package uz.ovoz.platform.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;

class TimerCadenceTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AtomicInteger deliveries = new AtomicInteger();
    private final List<String> warnings = new ArrayList<>();
    private final TimerCadence flush =
            new TimerCadence("vote-flush", 20, now::get, deliveries::incrementAndGet, warnings::add);

    @Test
    void deliveriesHeldBackToOncePerSecondAreReportedOnceNamingTheSetting() {
        run(flush, 3 * TimerCadence.WINDOW, 5, i -> 1000);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(
                warnings.get(0).contains("vote-flush")
                        && warnings.get(0).contains("every 20 ms")
                        && warnings.get(0).contains("minimum-delivery-interval-in-millis"),
                warnings.get(0));
        assertEquals(3 * TimerCadence.WINDOW, deliveries.get());
    }

    @Test
    void deliveriesAtTheirIntervalAreNotReported() {
        run(flush, 5 * TimerCadence.WINDOW, 3, i -> 17);
        assertEquals(List.of(), warnings);
    }

    @Test
    void aBusyServerDelayingMostButNotAllDeliveriesIsNotReported() {
        run(flush, 5 * TimerCadence.WINDOW, 400, i -> i % 10 == 0 ? 20 : 900);
        assertEquals(List.of(), warnings);
    }

    @Test
    void aLongRunningDeliveryDoesNotCountAsAPause() {
        run(flush, 3 * TimerCadence.WINDOW, 2000, i -> 20);
        assertEquals(List.of(), warnings);
    }

    @Test
    void aSlowerTimerIsHeldToFourTimesItsOwnInterval() {
        TimerCadence tally = new TimerCadence("tally-publish", 200, now::get, () -> {}, warnings::add);
        run(tally, TimerCadence.WINDOW + 1, 0, i -> 700);
        assertEquals(List.of(), warnings, "700 ms pauses are within four intervals of 200 ms");
        run(tally, 2 * TimerCadence.WINDOW, 0, i -> 1000);
        assertEquals(1, warnings.size());
    }

    /** {@code deliveries} deliveries of {@code timer}, each taking {@code takingMillis}, the i-th followed by a pause. */
    private void run(TimerCadence timer, int deliveries, long takingMillis, IntToLongFunction pauseMillis) {
        for (int i = 0; i < deliveries; i++) {
            timer.deliver(() -> pause(takingMillis));
            pause(pauseMillis.applyAsLong(i));
        }
    }

    private void pause(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
