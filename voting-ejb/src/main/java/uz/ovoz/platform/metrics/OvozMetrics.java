package uz.ovoz.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The application's metrics, named {@code ovoz_…}. Tags carry only bounded values (a channel kind,
 * a refusal reason), never an event link or a device id, so the number of series stays small.
 * Each series is looked up in the registry once and kept: counting is on the path of every vote,
 * frame and chat message, and a registry lookup builds and validates its tags every time.
 */
@ApplicationScoped
public class OvozMetrics {

    @Inject
    MetricRegistry registry;

    private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();
    private final Map<List<String>, Histogram> histograms = new ConcurrentHashMap<>();
    private final Map<List<String>, Timer> timers = new ConcurrentHashMap<>();

    public void count(String name, String... tags) {
        counter(name, tags).inc();
    }

    public void count(String name, long amount, String... tags) {
        counter(name, tags).inc(amount);
    }

    public void record(String name, long value, String... tags) {
        histograms
                .computeIfAbsent(series(name, tags), key -> registry.histogram(name, tags(tags)))
                .update(value);
    }

    public void time(String name, Duration duration, String... tags) {
        timers.computeIfAbsent(series(name, tags), key -> registry.timer(name, tags(tags)))
                .update(duration);
    }

    public void gauge(String name, Supplier<? extends Number> value, String... tags) {
        registry.gauge(name, value, tags(tags));
    }

    private Counter counter(String name, String... tags) {
        return counters.computeIfAbsent(series(name, tags), key -> registry.counter(name, tags(tags)));
    }

    private static List<String> series(String name, String... tags) {
        String[] key = new String[tags.length + 1];
        key[0] = name;
        System.arraycopy(tags, 0, key, 1, tags.length);
        return List.of(key);
    }

    /** Tags from alternating names and values: {@code "kind", "voter"}. */
    static Tag[] tags(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("tags come in name/value pairs");
        }
        Tag[] tags = new Tag[namesAndValues.length / 2];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = new Tag(namesAndValues[2 * i], namesAndValues[2 * i + 1]);
        }
        return tags;
    }
}
