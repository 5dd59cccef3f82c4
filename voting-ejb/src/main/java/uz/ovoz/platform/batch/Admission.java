package uz.ovoz.platform.batch;

import java.util.concurrent.TimeUnit;
import uz.ovoz.platform.metrics.OvozMetrics;

/**
 * Refuses new items while the oldest one waiting has waited longer than a budget. A queue that grows
 * faster than its writer empties it otherwise accepts everything and answers seconds later; refused
 * at once with "busy, resend", a client knows where it stands, and what was accepted is answered
 * within about the budget plus one batch. Zero turns it off.
 */
public final class Admission {

    private final String queue;
    private final long budgetNanos;
    private final OvozMetrics metrics;

    /**
     * @param queue the {@code queue} tag of the refusal metric
     * @param budgetMillis the longest wait a new item is queued behind; 0 admits everything
     */
    public Admission(String queue, long budgetMillis, OvozMetrics metrics) {
        this.queue = queue;
        this.budgetNanos = TimeUnit.MILLISECONDS.toNanos(budgetMillis);
        this.metrics = metrics;
    }

    /** Whether a new item is refused, given how long the oldest waiting item has waited; counts refusals. */
    public boolean refuses(long oldestWaitNanos) {
        if (!over(budgetNanos, oldestWaitNanos)) {
            return false;
        }
        metrics.count("ovoz_admission_refusals", "queue", queue);
        return true;
    }

    static boolean over(long budgetNanos, long oldestWaitNanos) {
        return budgetNanos > 0 && oldestWaitNanos > budgetNanos;
    }
}
