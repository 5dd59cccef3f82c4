package uz.ovoz.platform.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The queue behind the vote and chat flushers: items wait here with a future each; a timer calls
 * {@link #flushAvailable} and the subclass writes each batch and completes the futures once the
 * batch is committed. One flush runs at a time, so batches keep the order of the queue.
 *
 * @param <T> what is queued
 * @param <R> what its future completes with
 */
public abstract class BatchQueue<T, R> {

    /** A queued item, the future its writer completes, and when it was queued ({@link System#nanoTime}). */
    public record Pending<T, R>(T item, CompletableFuture<R> result, long queuedNanos) {}

    private final Queue<Pending<T, R>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean flushing = new AtomicBoolean();
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

    /** How long the oldest item still waiting has waited, in nanoseconds; 0 when none waits. */
    public long oldestWaitNanos() {
        Pending<T, R> oldest = queue.peek();
        return oldest == null ? 0 : System.nanoTime() - oldest.queuedNanos();
    }

    public int depth() {
        return queued.get();
    }

    public abstract int limit();

    protected abstract int batchSize();

    /** Stores a batch and completes its futures; must not throw. */
    protected abstract void write(List<Pending<T, R>> batch);

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
                write(batch);
                lastProgressMillis = System.currentTimeMillis();
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
        drained(waiting);
    }

    /** Called once the drain at the stop has stored the {@code count} items that were waiting. */
    protected void drained(int count) {}

    private List<Pending<T, R>> take() {
        List<Pending<T, R>> batch = new ArrayList<>();
        Pending<T, R> next;
        while (batch.size() < batchSize() && (next = queue.poll()) != null) {
            batch.add(next);
        }
        queued.addAndGet(-batch.size());
        return batch;
    }
}
