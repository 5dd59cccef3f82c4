package uz.ovoz.loadtest;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The server's CPU seconds since it started: its own counter {@code ovoz_process_cpu_seconds} at
 * /metrics, which works against a remote server too; failing that, for a server on this machine
 * given by {@code --server-pid}, what the operating system counts for that process.
 */
public final class ServerCpu implements DoubleSupplier {

    private final Http http;
    private final long pid;

    public ServerCpu(Http http, long pid) {
        this.http = http;
        this.pid = pid;
    }

    @Override
    public double getAsDouble() {
        double seconds = http.metric("ovoz_process_cpu_seconds", "");
        if (seconds >= 0 || pid <= 0) {
            return seconds < 0 ? Double.NaN : seconds;
        }
        return ProcessHandle.of(pid)
                .flatMap(process -> process.info().totalCpuDuration())
                .map(Duration::toNanos)
                .map(nanos -> nanos / 1e9)
                .orElse(Double.NaN);
    }
}
