package uz.ovoz.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * Clients that each send one request after another and wait for its answer, while a test breaks
 * something underneath: every answer is recorded with when it was asked and how long it took.
 */
final class RequestStream implements AutoCloseable {

    /** One client's request: sends the one named {@code key} and returns its answer (a code). */
    interface Client {
        String ask(String key) throws Exception;
    }

    /** The answer to request {@code key}, sent at {@code sentNanos} (System.nanoTime), after {@code latency}. */
    record Answer(String key, String answer, long sentNanos, Duration latency) {}

    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService workers;
    private final List<Future<?>> streams = new ArrayList<>();

    /** Starts the clients; each sends its next request {@code pause} after the answer to the last. */
    RequestStream(String prefix, List<Client> clients, Duration pause) {
        workers = Executors.newFixedThreadPool(clients.size());
        for (int c = 0; c < clients.size(); c++) {
            Client client = clients.get(c);
            String name = prefix + "-" + c + "-";
            streams.add(workers.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    long sent = System.nanoTime();
                    String answer = client.ask(name + i);
                    answers.add(new Answer(name + i, answer, sent, Duration.ofNanos(System.nanoTime() - sent)));
                    Thread.sleep(pause.toMillis());
                }
                return null;
            }));
        }
    }

    /** Waits until {@code count} answers sent after {@code sinceNanos} match; fails after {@code wait}. */
    void await(int count, long sinceNanos, Predicate<Answer> matching, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        while (answers.stream()
                        .filter(a -> a.sentNanos() - sinceNanos >= 0 && matching.test(a))
                        .count()
                < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + count + " such answers within " + wait + ": " + answers);
            }
            for (Future<?> stream : streams) {
                if (stream.isDone()) {
                    stream.get();
                }
            }
            Thread.sleep(50);
        }
    }

    /** Stops the clients after their current request; fails if one of them got no answer in time. */
    List<Answer> stop() throws Exception {
        running.set(false);
        for (Future<?> stream : streams) {
            stream.get(60, TimeUnit.SECONDS);
        }
        return List.copyOf(answers);
    }

    @Override
    public void close() {
        running.set(false);
        workers.shutdownNow();
    }
}
