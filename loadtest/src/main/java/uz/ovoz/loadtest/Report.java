package uz.ovoz.loadtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The figures of one run: printed as a table at the end and written as JSON for machines. */
public final class Report {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final Map<String, Object> checks = new LinkedHashMap<>();
    private final String scenario;

    public Report(String scenario) {
        this.scenario = scenario;
    }

    public Report put(String name, Object value) {
        figures.put(name, value instanceof Double number ? Math.round(number * 100) / 100.0 : value);
        return this;
    }

    /** A correctness check; the run fails when any is false. */
    public Report check(String name, boolean passed, String detail) {
        checks.put(name, Map.of("passed", passed, "detail", detail));
        return this;
    }

    public boolean passed() {
        return checks.values().stream().allMatch(check -> Boolean.TRUE.equals(((Map<?, ?>) check).get("passed")));
    }

    public void print() {
        System.out.println();
        System.out.println("== " + scenario + " ==");
        figures.forEach((name, value) -> System.out.printf("%-34s %s%n", name, value));
        checks.forEach((name, check) -> System.out.printf(
                "%-34s %s%n",
                "check " + name,
                (Boolean.TRUE.equals(((Map<?, ?>) check).get("passed")) ? "OK   " : "FAIL ")
                        + ((Map<?, ?>) check).get("detail")));
    }

    public void write(Path file, Map<String, String> options) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("scenario", scenario);
        document.put("finished_at", Instant.now().toString());
        document.put("machine", Machine.describe());
        document.put("options", new TreeMap<>(options));
        document.put("figures", figures);
        document.put("checks", checks);
        document.put("passed", passed());
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        JSON.writeValue(file.toFile(), document);
    }
}
