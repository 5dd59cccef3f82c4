package uz.ovoz.it;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads values out of a Prometheus text scrape of /metrics. */
public final class MetricsScrape {

    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)(\\{[^}]*\\})?\\s+(\\S+)$");

    private final String text;

    public MetricsScrape(String text) {
        this.text = text;
    }

    /** The sum of the samples of a metric whose labels include every {@code name="value"} given. */
    public double value(String metric, String... labels) {
        double sum = 0;
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line.trim());
            if (sample.matches() && sample.group(1).equals(metric)) {
                String found = sample.group(2) == null ? "" : sample.group(2);
                if (Arrays.stream(labels).allMatch(label -> found.contains(label))) {
                    sum += Double.parseDouble(sample.group(3));
                }
            }
        }
        return sum;
    }

    public boolean has(String metric) {
        return Arrays.stream(text.split("\n"))
                .anyMatch(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "));
    }
}
