package uz.ovoz.loadtest.measure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * A lock-free latency histogram in microseconds: exact below 2,048 µs, then 1,024 buckets per power
 * of two (under 0.1 % error), so millions of samples from many threads cost a few hundred kilobytes.
 */
public final class Latencies {

    private static final int SUB = 1024;
    private static final int LINEAR = 2 * SUB;
    private static final int MAX_SHIFT = 40;

    private final AtomicLongArray counts = new AtomicLongArray(LINEAR + MAX_SHIFT * SUB);
    private final LongAdder count = new LongAdder();
    private final LongAdder sum = new LongAdder();
    private final AtomicLong max = new AtomicLong();

    public void recordNanos(long nanos) {
        recordMicros(nanos / 1_000);
    }

    public void recordMicros(long micros) {
        long value = Math.max(0, micros);
        counts.incrementAndGet(index(value));
        count.increment();
        sum.add(value);
        max.accumulateAndGet(value, Math::max);
    }

    /** Adds every sample of {@code other} (not thread-safe against concurrent recording into it). */
    public void add(Latencies other) {
        for (int i = 0; i < counts.length(); i++) {
            long n = other.counts.get(i);
            if (n > 0) {
                counts.addAndGet(i, n);
            }
        }
        count.add(other.count());
        sum.add(other.sum.sum());
        max.accumulateAndGet(other.max.get(), Math::max);
    }

    public long count() {
        return count.sum();
    }

    /** The value (µs) at or below which {@code percent} % of the samples lie; 0 without samples. */
    public long percentileMicros(double percent) {
        long total = count();
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * total));
        long seen = 0;
        for (int i = 0; i < counts.length(); i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return Math.min(valueAt(i), max.get());
            }
        }
        return max.get();
    }

    public double percentileMillis(double percent) {
        return percentileMicros(percent) / 1000.0;
    }

    public double meanMillis() {
        long total = count();
        return total == 0 ? 0 : sum.sum() / (double) total / 1000.0;
    }

    public double maxMillis() {
        return max.get() / 1000.0;
    }

    /** count, p50, p95, p99, p99.9, max and mean in milliseconds, for the report. */
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", count());
        summary.put("p50_ms", round(percentileMillis(50)));
        summary.put("p95_ms", round(percentileMillis(95)));
        summary.put("p99_ms", round(percentileMillis(99)));
        summary.put("p999_ms", round(percentileMillis(99.9)));
        summary.put("max_ms", round(maxMillis()));
        summary.put("mean_ms", round(meanMillis()));
        return summary;
    }

    /** "p50 1.2 / p95 3.4 / p99 5.6 / max 7.8 ms", for progress lines and the table. */
    public String brief() {
        return String.format(
                "p50 %.1f / p95 %.1f / p99 %.1f / max %.1f ms (n=%d)",
                percentileMillis(50), percentileMillis(95), percentileMillis(99), maxMillis(), count());
    }

    static int index(long micros) {
        if (micros < LINEAR) {
            return (int) micros;
        }
        int shift = Math.min(63 - Long.numberOfLeadingZeros(micros) - 10, MAX_SHIFT);
        long top = Math.min(micros >> shift, LINEAR - 1);
        return LINEAR + (shift - 1) * SUB + (int) (top - SUB);
    }

    /** The middle of bucket {@code index}. */
    static long valueAt(int index) {
        if (index < LINEAR) {
            return index;
        }
        int shift = (index - LINEAR) / SUB + 1;
        long top = (index - LINEAR) % SUB + SUB;
        return (top << shift) + ((1L << shift) >> 1);
    }

    private static double round(double millis) {
        return Math.round(millis * 100) / 100.0;
    }
}
