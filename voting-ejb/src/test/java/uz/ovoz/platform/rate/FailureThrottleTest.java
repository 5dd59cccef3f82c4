package uz.ovoz.platform.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FailureThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final FailureThrottle throttle =
            new FailureThrottle(5, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(5), 3, now::get);

    @Test
    void fiveFailuresAreFreeAndTheSixthWaitsOneSecond() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.failed("alice"));
        }
        assertEquals(Optional.empty(), throttle.waitFor("alice"));
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.failed("alice"));
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitFor("alice"));
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheCap() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("alice");
        }
        long[] expected = {1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300};
        for (long seconds : expected) {
            assertEquals(Optional.of(Duration.ofSeconds(seconds)), throttle.failed("alice"));
            now.addAndGet(Duration.ofSeconds(seconds).toNanos());
            assertEquals(Optional.empty(), throttle.waitFor("alice"), "the wait ends on time");
        }
    }

    @Test
    void aSuccessForgetsTheFailures() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("alice");
        }
        throttle.succeeded("alice");
        assertEquals(Optional.empty(), throttle.waitFor("alice"));
        assertEquals(Optional.empty(), throttle.failed("alice"), "counting starts again");
    }

    @Test
    void keysAreThrottledApart() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("alice");
        }
        assertTrue(throttle.waitFor("alice").isPresent());
        assertEquals(Optional.empty(), throttle.waitFor("bob"));
    }

    @Test
    void quietTimeForgivesOneFailurePerInterval() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("campus");
        }
        now.addAndGet(Duration.ofMinutes(10).toNanos());
        assertEquals(Optional.empty(), throttle.failed("campus"), "two forgiven: four failures now");
        assertEquals(Optional.empty(), throttle.failed("campus"));
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.failed("campus"));
    }

    @Test
    void aFloodOfNamesIsNotTrackedBeyondTheLimitAndKeysWithoutAWaitGoFirst() {
        throttle.failed("a");
        throttle.failed("b");
        throttle.failed("c");
        throttle.failed("d");
        assertEquals(1, throttle.tracked(), "a, b and c had no wait and made room for d");
        for (int i = 0; i < 6; i++) {
            throttle.failed("d");
        }
        throttle.failed("e");
        throttle.failed("f");
        throttle.failed("g");
        assertEquals(2, throttle.tracked(), "e and f had no wait and made room for g");
        assertTrue(throttle.waitFor("d").isPresent(), "a key with a wait is kept");
    }
}
