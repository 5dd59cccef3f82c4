package uz.ovoz.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the run ran on, for the report: cores, memory, load, JDK. */
final class Machine {

    private Machine() {}

    static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("load_average", read("/proc/loadavg"));
        machine.put("memory", firstLine("/proc/meminfo"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }

    static String loadAverage() {
        return read("/proc/loadavg");
    }

    private static String firstLine(String file) {
        return read(file).lines().findFirst().orElse("").replaceAll("\\s+", " ");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException | RuntimeException unreadable) {
            return "unknown";
        }
    }
}
