package uz.ovoz.platform.grid;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands messages to a handler one at a time, in the order they came, on threads of an executor:
 * the grid's own event thread only queues them, and the handler runs with the application's context.
 */
final class InOrder<T> {

    private static final Logger LOG = Logger.getLogger(InOrder.class.getName());

    private final Queue<T> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final Executor executor;
    private final Consumer<T> handler;

    InOrder(Executor executor, Consumer<T> handler) {
        this.executor = executor;
        this.handler = handler;
    }

    void accept(T message) {
        waiting.add(message);
        schedule();
    }

    private void schedule() {
        if (!waiting.isEmpty() && running.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            T next;
            while ((next = waiting.poll()) != null) {
                try {
                    handler.accept(next);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A message from the grid could not be handled", e);
                }
            }
        } finally {
            running.set(false);
        }
        // a message that came after the last poll and before running was cleared
        schedule();
    }
}
