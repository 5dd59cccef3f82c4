package uz.ovoz.platform.metrics;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the operating system says about this server process: CPU, memory, threads, descriptors. */
public final class ProcessFigures {

    private ProcessFigures() {}

    public static double cpuPercent() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            double load = os.getProcessCpuLoad();
            return load < 0 ? 0 : Math.round(load * 1000) / 10.0;
        }
        return 0;
    }

    /**
     * CPU time this process has used since it started, in seconds; -1 where the platform does not
     * tell. A load test reads it before and after a run for the server's CPU per operation.
     */
    public static double cpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? -1 : nanos / 1e9;
        }
        return -1;
    }

    /** Resident memory in MB where the platform tells it (Linux), else the used heap. */
    public static double memoryMb() {
        Path status = Path.of("/proc/self/status");
        if (Files.isReadable(status)) {
            try (Stream<String> lines = Files.lines(status)) {
                return lines.filter(line -> line.startsWith("VmRSS:"))
                        .findFirst()
                        .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024.0)
                        .map(mb -> Math.round(mb * 10) / 10.0)
                        .orElse(0.0);
            } catch (Exception unreadable) {
                // fall back to the heap
            }
        }
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    }

    public static long openFiles() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix
                ? unix.getOpenFileDescriptorCount()
                : -1;
    }

    public static long maxFiles() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix
                ? unix.getMaxFileDescriptorCount()
                : -1;
    }

    public static int threads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }
}
