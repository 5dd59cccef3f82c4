package uz.ovoz.platform.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.metrics.OvozMetrics;
import uz.ovoz.platform.timer.TimerCadence;

/**
 * What the vote and chat flushers share, for a {@code @Singleton @Startup} EJB that extends it: a
 * non-persistent interval timer that flushes the queue, a queue-depth gauge, admission by the oldest
 * item's wait ({@link Admission}), the drain at the stop, and the write of a batch: answered "busy" while the database is paused, else in one transaction
 * and row by row after a failure ({@link FallbackWrite}). The subclass says how a batch is stored
 * and what happens once it is; that runs on a thread of the flusher's own
 * ({@code ovoz.batch.answer-thread}), so that the next batch is written meanwhile.
 *
 * @param <T> what is queued
 * @param <R> what its future completes with
 */
public abstract class Flusher<T, R> extends BatchQueue<T, R> {

    private static final Logger LOG = Logger.getLogger(Flusher.class.getName());

    @Resource
    TimerService timerService;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    protected OvozMetrics metrics;

    @Inject
    @ConfigProperty(name = "ovoz.batch.answer-thread", defaultValue = "true")
    boolean answerThread;

    private final String kind;
    private final String what;
    private final String admissionTag;
    private final Function<T, R> busy;
    private final FallbackWrite<T, R> fallback;
    private TimerCadence cadence;
    private Admission admission;
    private ExecutorService answering;

    /**
     * @param kind   names the timer ({@code kind-flush}) and the gauge ({@code ovoz_kind_queue_depth})
     * @param what   what is queued, plural, for the log and the health checks ("votes")
     * @param admissionTag the {@code queue} tag of {@code ovoz_admission_refusals_total}
     * @param busy   the answer to an item refused for now: the client may send it again
     * @param failed the answer to an item the database refused on its own
     */
    protected Flusher(String kind, String what, String admissionTag, Function<T, R> busy, Function<T, R> failed) {
        this.kind = kind;
        this.what = what;
        this.admissionTag = admissionTag;
        this.busy = busy;
        this.fallback = new FallbackWrite<>(what, this::store, busy, failed);
    }

    /**
     * A flusher's figures, read from its configuration.
     *
     * @param outageRetryMs   how long new items are refused after the database was found unavailable
     * @param admissionWaitMs the oldest item's wait beyond which new items are refused; 0 admits all
     */
    public record Limits(
            int batchSize, long flushIntervalMs, int queueLimit, long outageRetryMs, long admissionWaitMs) {}

    protected abstract Limits limits();

    /** What is queued, plural: "votes", "chat messages". */
    public String what() {
        return what;
    }

    @Override
    public int limit() {
        return limits().queueLimit();
    }

    @Override
    protected int batchSize() {
        return limits().batchSize();
    }

    /** Writes items in one transaction and returns one result per item, or throws. */
    protected abstract List<R> store(List<T> items);

    /**
     * Queues an item; its future completes after its batch is written, or at once with "busy" when the
     * queue is full or its oldest item has waited longer than the admission budget.
     */
    protected CompletableFuture<R> enqueue(T item) {
        if (admission.refuses(oldestWaitNanos())) {
            return CompletableFuture.completedFuture(busy.apply(item));
        }
        return offer(item, busy.apply(item));
    }

    @PostConstruct
    void startTimer() {
        long interval = limits().flushIntervalMs();
        cadence = TimerCadence.of(kind + "-flush", interval, metrics);
        timerService.createIntervalTimer(interval, interval, new TimerConfig(kind + "-flush", false));
        metrics.gauge("ovoz_" + kind + "_queue_depth", this::depth);
        admission = new Admission(admissionTag, limits().admissionWaitMs(), metrics);
        if (answerThread) {
            // one thread: answers keep the order of the batches
            answering = Executors.newSingleThreadExecutor(threads);
            answerOn(answering);
        }
    }

    @Timeout
    void onTimer() {
        cadence.deliver(this::flushAvailable);
    }

    @PreDestroy
    void stop() {
        // Already done by DrainOnStop when a web module stopped: then this finds the queue drained
        drain();
        if (answering != null) {
            answering.shutdown();
        }
    }

    @Override
    protected void drained(int count) {
        // An operator stopping the server (and the faults suite) can see that nothing queued was lost
        StopLog.info(LOG, "Stopping: stored the {0,number,0} " + what + " still queued", count);
    }

    /** Stores a batch's items: "busy" while paused, else with {@link FallbackWrite}. */
    protected List<R> storeOrRefuse(List<T> items) {
        if (paused()) {
            // queued before the database was found away: it is not tried again for each batch
            return items.stream().map(busy).toList();
        }
        return fallback.write(items, () -> pause(limits().outageRetryMs()));
    }
}
