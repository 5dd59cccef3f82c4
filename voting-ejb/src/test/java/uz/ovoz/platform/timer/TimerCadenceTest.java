package uz.ovoz.platform.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimerCadenceTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AtomicInteger deliveries = new AtomicInteger();
    private final List<String> warnings = new ArrayList<>();
    private final TimerCadence flush = new TimerCadence("vote-flush", 20, now::get, deliveries::incrementAndGet, warnings::add);

    @Test
    void deliveriesHeldBackToOncePerSecondAreReportedOnceNamingTheSetting() {
        for (int i = 0; i < 3 * TimerCadence.WINDOW; i++) {
            deliverTaking(5);
            pause(1000);
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("vote-flush") && warnings.get(0).contains("every 20 ms")
                && warnings.get(0).contains("minimum-delivery-interval-in-millis"), warnings.get(0));
        assertEquals(3 * TimerCadence.WINDOW, deliveries.get());
    }

    @Test
    void deliveriesAtTheirIntervalAreNotReported() {
        for (int i = 0; i < 5 * TimerCadence.WINDOW; i++) {
            deliverTaking(3);
            pause(17);
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void aBusyServerDelayingMostButNotAllDeliveriesIsNotReported() {
        for (int i = 0; i < 5 * TimerCadence.WINDOW; i++) {
            deliverTaking(400);
            pause(i % 10 == 0 ? 20 : 900);
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void aLongRunningDeliveryDoesNotCountAsAPause() {
        for (int i = 0; i < 3 * TimerCadence.WINDOW; i++) {
            deliverTaking(2000);
            pause(20);
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void aSlowerTimerIsHeldToFourTimesItsOwnInterval() {
        TimerCadence tally = new TimerCadence("tally-publish", 200, now::get, () -> { }, warnings::add);
        for (int i = 0; i < TimerCadence.WINDOW + 1; i++) {
            tally.deliver(() -> { });
            pause(700);
        }
        assertEquals(List.of(), warnings, "700 ms pauses are within four intervals of 200 ms");
        for (int i = 0; i < 2 * TimerCadence.WINDOW; i++) {
            tally.deliver(() -> { });
            pause(1000);
        }
        assertEquals(1, warnings.size());
    }

    private void deliverTaking(long millis) {
        flush.deliver(() -> pause(millis));
    }

    private void pause(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
