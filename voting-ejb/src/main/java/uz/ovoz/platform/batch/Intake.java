package uz.ovoz.platform.batch;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A flusher's {@code submit}, held by a caller that queues an item per frame (a vote, a chat
 * message). It is a reference to the flusher's own instance, so the item is queued on the caller's
 * thread without a call through the EJB container, whose invocation context, interceptors and
 * Payara's tracing check per call cost more than the queuing itself (docs/performance.md). The
 * flusher stays thread-safe (bean-managed concurrency) and answers "busy" once it is stopping.
 */
@FunctionalInterface
public interface Intake<T, R> {

    CompletableFuture<R> submit(T item);

    /** An intake asked of its flusher at the first item (a call through the container) and then held. */
    static <T, R> Intake<T, R> heldFrom(Supplier<Intake<T, R>> flusher) {
        return new Intake<>() {
            private volatile Intake<T, R> held;

            @Override
            public CompletableFuture<R> submit(T item) {
                Intake<T, R> known = held;
                if (known == null) {
                    known = flusher.get();
                    held = known;
                }
                return known.submit(item);
            }
        };
    }
}
