package uz.ovoz.loadtest.measure;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * CPU time the server and this load client spent over one or more measured windows, divided by the
 * operations done in them. On a machine shared by server, database and client, rates mostly measure
 * the machine; CPU per operation measures the server. The server's time comes from its own counter
 * (so it works against a remote server too), the client's from this JVM.
 */
public final class CpuMeter {

    private final DoubleSupplier server;
    private final DoubleSupplier client;
    private double serverSeconds;
    private double clientSeconds;
    private double wallSeconds;
    private double serverAtStart;
    private double clientAtStart;
    private long wallAtStart;
    private double idleCores = Double.NaN;

    /** @param server the server's CPU seconds since it started, NaN when unknown */
    public CpuMeter(DoubleSupplier server, DoubleSupplier client) {
        this.server = server;
        this.client = client;
    }

    /** A meter of {@code server} against this JVM's own CPU time. */
    public static CpuMeter against(DoubleSupplier server) {
        return new CpuMeter(server, CpuMeter::thisProcessSeconds);
    }

    /**
     * What the server spends with nothing to do (its timers, JIT, GC), in cores, measured over
     * {@code seconds} before the load: the figures then also give the CPU per operation above it.
     */
    public static double idleCores(DoubleSupplier server, double seconds) {
        double before = server.getAsDouble();
        long start = System.nanoTime();
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return (server.getAsDouble() - before) / ((System.nanoTime() - start) / 1e9);
    }

    public CpuMeter idle(double cores) {
        idleCores = cores;
        return this;
    }

    public void start() {
        serverAtStart = server.getAsDouble();
        clientAtStart = client.getAsDouble();
        wallAtStart = System.nanoTime();
    }

    /** Ends the window begun by {@link #start} and adds it to the totals. */
    public void stop() {
        // NaN, once the server's counter could not be read, stays NaN: no figure rather than a wrong one
        serverSeconds += server.getAsDouble() - serverAtStart;
        clientSeconds += client.getAsDouble() - clientAtStart;
        wallSeconds += (System.nanoTime() - wallAtStart) / 1e9;
    }

    /**
     * The figures for {@code operations} done within the windows: server and client CPU µs per
     * operation (the server's also above its idle cost, if measured), and the cores each kept busy
     * on average (CPU seconds per wall second).
     */
    public Map<String, Object> perOperation(long operations) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("operations", operations);
        figures.put("server_us", microsPer(serverSeconds, operations));
        figures.put("server_us_above_idle", microsPer(serverSeconds - idleCores * wallSeconds, operations));
        figures.put("client_us", microsPer(clientSeconds, operations));
        figures.put("server_cores", ratio(serverSeconds, wallSeconds));
        figures.put("client_cores", ratio(clientSeconds, wallSeconds));
        figures.put("server_idle_cores", Double.isFinite(idleCores) ? round(idleCores, 100) : null);
        figures.put("seconds", round(wallSeconds, 100));
        return figures;
    }

    /** µs of CPU per operation, to 0.1 µs; null when not known. */
    static Double microsPer(double cpuSeconds, long operations) {
        return operations <= 0 || !Double.isFinite(cpuSeconds) ? null : round(cpuSeconds * 1e6 / operations, 10);
    }

    static Double ratio(double cpuSeconds, double wallSeconds) {
        return wallSeconds <= 0 || !Double.isFinite(cpuSeconds) ? null : round(cpuSeconds / wallSeconds, 100);
    }

    private static double round(double value, int per) {
        return Math.round(value * per) / (double) per;
    }

    static double thisProcessSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9
                : Double.NaN;
    }
}
