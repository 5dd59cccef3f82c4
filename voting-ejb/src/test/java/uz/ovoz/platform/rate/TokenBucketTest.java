package uz.ovoz.platform.rate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private final AtomicLong now = new AtomicLong();
    private final TokenBucket bucket = new TokenBucket(10, 3, now::get);

    @Test
    void burstIsAllowedAtOnceAndTheNextFrameIsRefused() {
        assertTrue(bucket.tryTake());
        assertTrue(bucket.tryTake());
        assertTrue(bucket.tryTake());
        assertFalse(bucket.tryTake());
    }

    @Test
    void tokensComeBackAtTheRate() {
        for (int i = 0; i < 3; i++) {
            bucket.tryTake();
        }
        now.addAndGet(100_000_000L);
        assertTrue(bucket.tryTake(), "one token after a tenth of a second at 10/s");
        assertFalse(bucket.tryTake());
    }

    @Test
    void aLongPauseRefillsOnlyUpToTheBurst() {
        now.addAndGet(60_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertTrue(bucket.tryTake());
        }
        assertFalse(bucket.tryTake());
    }
}
