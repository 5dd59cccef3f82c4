package uz.ovoz.platform.timer;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import uz.ovoz.platform.metrics.OvozMetrics;

/**
 * Runs the deliveries of one interval timer and watches that they come as often as the timer asked.
 * Payara postpones every expiration of an interval timer to at least the EJB timer service's
 * {@code minimum-delivery-interval-in-millis} after the previous delivery (1,000 ms unless the domain
 * lowers it, as {@code payara-config/src/main/asadmin/30-ejb-timers.asadmin} does): a 20 ms flush then
 * runs once a second, nothing fails and every acknowledgement waits. So each delivery is counted in
 * {@code ovoz_timer_deliveries_total{timer}}, and a WARNING names the setting once every pause between
 * deliveries of a window was far longer than the interval (a busy server delays some deliveries,
 * not twenty in a row).
 */
public final class TimerCadence {

    static final int WINDOW = 20;
    static final long SLOWEST_EXPECTED_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private static final Logger LOG = Logger.getLogger(TimerCadence.class.getName());

    private final String timer;
    private final long intervalMillis;
    private final long tooLongNanos;
    private final LongSupplier nanoClock;
    private final Runnable counter;
    private final Consumer<String> warning;
    // guarded by this
    private long lastEnd = Long.MIN_VALUE;
    private long shortestPause = Long.MAX_VALUE;
    private int pauses;
    private boolean warned;

    TimerCadence(
            String timer, long intervalMillis, LongSupplier nanoClock, Runnable counter, Consumer<String> warning) {
        this.timer = timer;
        this.intervalMillis = intervalMillis;
        this.tooLongNanos = Math.max(4 * TimeUnit.MILLISECONDS.toNanos(intervalMillis), SLOWEST_EXPECTED_PAUSE_NANOS);
        this.nanoClock = nanoClock;
        this.counter = counter;
        this.warning = warning;
    }

    /** The cadence of the timer named {@code timer} (as in its {@code TimerConfig}), asked to run every {@code intervalMillis}. */
    public static TimerCadence of(String timer, long intervalMillis, OvozMetrics metrics) {
        return new TimerCadence(
                timer,
                intervalMillis,
                System::nanoTime,
                () -> metrics.count("ovoz_timer_deliveries", "timer", timer),
                LOG::warning);
    }

    /** Runs one delivery of the timer. */
    public void deliver(Runnable work) {
        started(nanoClock.getAsLong());
        counter.run();
        try {
            work.run();
        } finally {
            ended(nanoClock.getAsLong());
        }
    }

    private synchronized void started(long now) {
        if (lastEnd == Long.MIN_VALUE || warned) {
            return;
        }
        shortestPause = Math.min(shortestPause, now - lastEnd);
        if (++pauses < WINDOW) {
            return;
        }
        if (shortestPause > tooLongNanos) {
            warned = true;
            warning.accept(("Timer %s should run every %d ms, but its last %d deliveries came at least %d ms apart. "
                            + "Payara's EJB timer service delays every delivery to its minimum-delivery-interval-in-millis "
                            + "(1,000 ms by default): set it as payara-config/src/main/asadmin/30-ejb-timers.asadmin does, "
                            + "or votes and chat messages wait that long for their acknowledgement and tallies for their update.")
                    .formatted(timer, intervalMillis, WINDOW, TimeUnit.NANOSECONDS.toMillis(shortestPause)));
        }
        pauses = 0;
        shortestPause = Long.MAX_VALUE;
    }

    private synchronized void ended(long now) {
        lastEnd = now;
    }
}
