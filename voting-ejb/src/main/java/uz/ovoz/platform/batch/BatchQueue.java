package uz.ovoz.platform.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The queue behind the vote and chat flushers: items wait here with a future each; a timer calls
 * {@link #flushAvailable} and the subclass writes each batch and completes the futures once the
 * batch is committed. One flush runs at a time, so batches keep the order of the queue.
 * <p>
 * A batch's answers (its futures, the socket writes they lead to) can run on an executor of one
 * thread ({@link #answerOn}) instead of the flushing thread: the next batch's write to the database
 * then overlaps the socket writes of the one before, where it used to wait for them. Answers keep
 * the order of the batches, and an item counts as waiting ({@link #oldestWaitNanos}) until its
 * answer has run, so that admission sees the whole wait a client sees.
 *
 * @param <T> what is queued
 * @param <R> what its future completes with
 */
public abstract class BatchQueue<T, R> {

    private static final Logger LOG = Logger.getLogger(BatchQueue.class.getName());
    // a stop does not hang on a socket that takes no more; the items are stored by then
    private static final long ANSWER_WAIT_SECONDS = 10;

    /** A queued item, the future its writer completes, and when it was queued ({@link System#nanoTime}). */
    public record Pending<T, R>(T item, CompletableFuture<R> result, long queuedNanos) {}

    private final Queue<Pending<T, R>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean flushing = new AtomicBoolean();
    // the queuing time of each taken batch's oldest item, oldest batch first, until its answers ran
    private final Queue<Long> unanswered = new ConcurrentLinkedQueue<>();
    private volatile Executor answers = Runnable::run;
    private volatile long lastProgressMillis = System.currentTimeMillis();
    private volatile boolean paused;
    private volatile long resumeAtNanos;
    private volatile boolean stopping;

    /**
     * Queues an item, or completes its future at once with {@code whenFull} beyond {@code limit()},
     * while {@link #paused()} or once the application is stopping.
     */
    protected CompletableFuture<R> offer(T item, R whenFull) {
        CompletableFuture<R> result = new CompletableFuture<>();
        if (paused()) {
            result.complete(whenFull);
            return result;
        }
        // Counted before stopping is read, and drain() sets stopping before it reads the count: an
        // item is either refused here or waited for by the drain, never queued after it ended
        if (queued.incrementAndGet() > limit() || stopping) {
            queued.decrementAndGet();
            result.complete(whenFull);
            return result;
        }
        queue.add(new Pending<>(item, result, System.nanoTime()));
        return result;
    }

    /**
     * Refuses new items for {@code millis} after the database was found unavailable: while it is
     * away, a client waiting in the queue only to be told "busy" later is worse off than one told
     * at once. The first batch after the pause tries the database again.
     */
    protected void pause(long millis) {
        resumeAtNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        paused = true;
    }

    /** Whether new items are refused because the database was unavailable a moment ago. */
    public boolean paused() {
        if (paused && System.nanoTime() - resumeAtNanos >= 0) {
            paused = false;
        }
        return paused;
    }

    /**
     * How long the oldest item not answered yet has waited, in nanoseconds, whether it is queued,
     * being written or waiting for its answer; 0 when none waits.
     */
    public long oldestWaitNanos() {
        Long oldestTaken = unanswered.peek();
        if (oldestTaken != null) {
            return System.nanoTime() - oldestTaken;
        }
        Pending<T, R> oldest = queue.peek();
        return oldest == null ? 0 : System.nanoTime() - oldest.queuedNanos();
    }

    /**
     * Runs the answers of each batch on {@code executor} from now on, which must run its tasks one
     * at a time in order; an answer it refuses (it has shut down) runs on the flushing thread.
     */
    protected void answerOn(Executor executor) {
        answers = executor;
    }

    public int depth() {
        return queued.get();
    }

    public abstract int limit();

    protected abstract int batchSize();

    /**
     * Stores a batch and returns what completes its futures and tells whoever waits for it, to run
     * after the batch has been stored, in the order of the batches; neither may throw.
     */
    protected abstract Runnable write(List<Pending<T, R>> batch);

    /**
     * When the writer last stored a batch, or now when nothing waits: a queue that holds items while
     * this stands still means the writer is stuck.
     */
    public long lastProgressMillis() {
        return queue.isEmpty() ? System.currentTimeMillis() : lastProgressMillis;
    }

    /** Writes everything queued now, batch by batch; false if another flush was already running. */
    protected boolean flushAvailable() {
        if (!flushing.compareAndSet(false, true)) {
            return false;
        }
        try {
            List<Pending<T, R>> batch;
            while (!(batch = take()).isEmpty()) {
                Runnable answer = write(batch);
                lastProgressMillis = System.currentTimeMillis();
                hand(answer);
            }
            return true;
        } finally {
            flushing.set(false);
        }
    }

    /**
     * Refuses new items from now on (they get {@code whenFull}) and writes every item accepted
     * before, waiting for a flush already under way: what a client was told is queued is stored
     * before the application stops. Reports how many items were waiting when the drain began to
     * {@link #drained}, once: a second call finds the queue stopped and empty.
     */
    public void drain() {
        if (stopping) {
            return;
        }
        stopping = true;
        int waiting = depth();
        // flushAvailable() is true only when this thread held the flush, so no other batch is in
        // flight once it has returned true with nothing counted
        while (!flushAvailable() || depth() > 0) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        // the clients of the last batches are told before the application stops
        long answeredBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(ANSWER_WAIT_SECONDS);
        while (!unanswered.isEmpty() && System.nanoTime() - answeredBy < 0) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        drained(waiting);
    }

    /** Called once the drain at the stop has stored the {@code count} items that were waiting. */
    protected void drained(int count) {}

    private List<Pending<T, R>> take() {
        Pending<T, R> head = queue.peek();
        if (head == null) {
            return List.of();
        }
        // before the items leave the queue (only this flush takes them), so that the oldest wait
        // never looks shorter than it is
        unanswered.add(head.queuedNanos());
        List<Pending<T, R>> batch = new ArrayList<>();
        Pending<T, R> next;
        while (batch.size() < batchSize() && (next = queue.poll()) != null) {
            batch.add(next);
        }
        queued.addAndGet(-batch.size());
        return batch;
    }

    private void hand(Runnable answer) {
        Runnable answered = () -> {
            try {
                answer.run();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Answering a stored batch failed", e);
            } finally {
                unanswered.poll();
            }
        };
        try {
            answers.execute(answered);
        } catch (RejectedExecutionException stopped) {
            answered.run();
        }
    }
}
