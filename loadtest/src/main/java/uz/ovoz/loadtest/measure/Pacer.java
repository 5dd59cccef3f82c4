package uz.ovoz.loadtest.measure;

import java.util.concurrent.locks.LockSupport;

/**
 * Spreads {@code total} actions evenly at {@code perSecond}: the caller asks how many are due now and
 * does them, so a late tick catches up instead of lowering the rate. A rate of 0 means at once.
 */
public final class Pacer {

    private final double perSecond;
    private final long total;
    private long done;

    public Pacer(double perSecond, long total) {
        if (perSecond < 0 || total < 0) {
            throw new IllegalArgumentException("rate and total must not be negative");
        }
        this.perSecond = perSecond;
        this.total = total;
    }

    /** How many actions are due {@code elapsedNanos} after the start, and counts them as done. */
    public long due(long elapsedNanos) {
        long allowed = perSecond == 0 ? total : Math.min(total, (long) (perSecond * elapsedNanos / 1e9) + 1);
        long due = Math.max(0, allowed - done);
        done += due;
        return due;
    }

    public boolean finished() {
        return done >= total;
    }

    /** Runs {@code action(i)} for i = 0..total-1 at the rate, on the calling thread. */
    public void run(java.util.function.LongConsumer action) {
        long start = System.nanoTime();
        while (!finished()) {
            long first = done;
            long due = due(System.nanoTime() - start);
            for (long i = first; i < first + due; i++) {
                action.accept(i);
            }
            if (!finished()) {
                LockSupport.parkNanos(200_000);
            }
        }
    }
}
