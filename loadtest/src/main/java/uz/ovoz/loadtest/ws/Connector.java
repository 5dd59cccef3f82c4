package uz.ovoz.loadtest.ws;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import uz.ovoz.loadtest.Progress;
import uz.ovoz.loadtest.measure.Latencies;
import uz.ovoz.loadtest.measure.Pacer;

/**
 * Opens many connections: {@code concurrent} (as fast as the server takes them, at most
 * {@code inFlight} handshakes at a time) or {@code ramp} (at {@code perSecond}, also bounded).
 */
public final class Connector {

    private final WsClient client;
    private final int inFlight;
    private final double perSecond;
    private final Latencies handshakes = new Latencies();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final LongAdder opened = new LongAdder();
    private double seconds;

    public Connector(WsClient client, String mode, int inFlight, double perSecond) {
        if (!mode.equals("concurrent") && !mode.equals("ramp")) {
            throw new IllegalArgumentException("--mode is concurrent or ramp, not " + mode);
        }
        this.client = client;
        this.inFlight = inFlight;
        this.perSecond = mode.equals("ramp") ? perSecond : 0;
    }

    /** Connects {@code count} clients to {@code uri}; the list holds null where a connect failed. */
    public List<WsConnection> connect(String label, URI uri, int count, IntFunction<WsListener> listeners) {
        return connect(label, i -> uri, count, listeners);
    }

    /** Connects client i to {@code uris.apply(i)}; the list holds null where a connect failed. */
    public List<WsConnection> connect(
            String label, IntFunction<URI> uris, int count, IntFunction<WsListener> listeners) {
        List<CompletableFuture<WsConnection>> futures = new ArrayList<>(count);
        Semaphore slots = new Semaphore(inFlight);
        long start = System.nanoTime();
        try (Progress progress = new Progress(
                "connect " + label,
                () -> String.format(
                        "opened %d/%d, failed %s, handshake %s", opened.sum(), count, failures, handshakes.brief()))) {
            new Pacer(perSecond, count).run(i -> {
                slots.acquireUninterruptibly();
                long began = System.nanoTime();
                futures.add(client.connect(uris.apply((int) i), listeners.apply((int) i))
                        .whenComplete((connection, error) -> {
                            slots.release();
                            if (error == null) {
                                handshakes.recordNanos(System.nanoTime() - began);
                                opened.increment();
                            } else {
                                failures.computeIfAbsent(reason(error), key -> new AtomicInteger())
                                        .incrementAndGet();
                            }
                        }));
            });
            slots.acquireUninterruptibly(inFlight);
        }
        seconds = (System.nanoTime() - start) / 1e9;
        return futures.stream()
                .map(future -> future.isCompletedExceptionally() ? null : future.join())
                .toList();
    }

    public Latencies handshakes() {
        return handshakes;
    }

    public long opened() {
        return opened.sum();
    }

    public Map<String, AtomicInteger> failures() {
        return failures;
    }

    public double seconds() {
        return seconds;
    }

    static String reason(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause()
                : error;
        String message = String.valueOf(cause.getMessage());
        return cause.getClass().getSimpleName() + ": " + (message.length() > 60 ? message.substring(0, 60) : message);
    }

    /** Waits up to {@code seconds} until {@code done} holds; false if it never did. */
    public static boolean await(java.util.function.BooleanSupplier done, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
        return true;
    }
}
