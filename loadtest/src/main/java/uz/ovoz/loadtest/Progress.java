package uz.ovoz.loadtest;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Prints one line a second while a phase runs: what the phase has done so far. */
public final class Progress implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "progress");
        thread.setDaemon(true);
        return thread;
    });
    private final long start = System.nanoTime();

    public Progress(String phase, Supplier<String> line) {
        timer.scheduleAtFixedRate(
                () -> System.out.printf("[%s %5.1fs] %s%n", phase, (System.nanoTime() - start) / 1e9, line.get()),
                1,
                1,
                TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
