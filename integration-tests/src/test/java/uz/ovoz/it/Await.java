package uz.ovoz.it;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for a condition with a bound, instead of sleeping and hoping it has come true. */
public final class Await {

    private static final long POLL_MILLIS = 50;

    private Await() {}

    /**
     * Polls {@code condition} until it is true; fails with {@code what} when {@code bound} runs out.
     * Exceptions from the condition count as "not yet" until the last try, which rethrows them.
     */
    public static void until(Duration bound, String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            boolean last = System.nanoTime() >= deadline;
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
            } catch (Exception | AssertionError e) {
                if (last) {
                    throw e;
                }
            }
            if (last) {
                throw new AssertionError("not within " + bound + ": " + what);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
