package uz.ovoz.loadtest.voting;

import java.util.concurrent.atomic.AtomicInteger;
import uz.ovoz.loadtest.measure.Latencies;

/**
 * A fan-out being timed: from the admin call (start timer, next candidate) until every voter has the
 * {@code current_candidate} frame it caused.
 */
final class Arrival {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final int id = SEQUENCE.incrementAndGet();
    final long candidateId;
    final boolean timerRunning;
    final long startNanos = System.nanoTime();
    final Latencies latencies = new Latencies();
    private final AtomicInteger arrived = new AtomicInteger();
    private volatile long lastNanos;

    Arrival(long candidateId, boolean timerRunning) {
        this.candidateId = candidateId;
        this.timerRunning = timerRunning;
    }

    /** Counts the voter once if the frame is the one expected. */
    void offer(Voter voter, long candidate, boolean running, long nanos) {
        if (candidate == candidateId && running == timerRunning && voter.arrivals != id) {
            voter.arrivals = id;
            latencies.recordNanos(nanos - startNanos);
            lastNanos = Math.max(lastNanos, nanos);
            arrived.incrementAndGet();
        }
    }

    int arrived() {
        return arrived.get();
    }

    /** Start to the last voter, in milliseconds. */
    double lastMillis() {
        return lastNanos == 0 ? Double.NaN : (lastNanos - startNanos) / 1e6;
    }
}
