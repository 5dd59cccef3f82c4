package uz.ovoz.loadtest.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesOfSmallValuesAreExact() {
        Latencies latencies = new Latencies();
        for (int micros = 1; micros <= 100; micros++) {
            latencies.recordMicros(micros);
        }
        assertEquals(50, latencies.percentileMicros(50));
        assertEquals(99, latencies.percentileMicros(99));
        assertEquals(100, latencies.percentileMicros(100));
        assertEquals(50.5 / 1000, latencies.meanMillis(), 1e-9);
    }

    @Test
    void largeValuesAreWithinATenthOfAPercent() {
        Latencies latencies = new Latencies();
        long[] values = {2_048, 12_345, 987_654, 45_000_000, 3_600_000_000L};
        for (long value : values) {
            Latencies one = new Latencies();
            one.recordMicros(value);
            latencies.recordMicros(value);
            assertEquals(value, one.percentileMicros(50), value * 0.001);
        }
        assertEquals(987_654, latencies.percentileMicros(60), 987_654 * 0.001);
    }

    @Test
    void percentileUsesNearestRank() {
        Latencies latencies = new Latencies();
        for (int i = 0; i < 99; i++) {
            latencies.recordMicros(1_000);
        }
        latencies.recordMicros(500_000);
        assertEquals(1_000, latencies.percentileMicros(99));
        assertEquals(500_000, latencies.percentileMicros(99.5), 500);
    }

    @Test
    void emptyHistogramReportsZero() {
        Latencies latencies = new Latencies();
        assertEquals(0, latencies.percentileMicros(99));
        assertEquals(0, latencies.count());
    }

    @Test
    void addMergesCountsAndMaximum() {
        Latencies a = new Latencies();
        Latencies b = new Latencies();
        a.recordNanos(1_000_000);
        b.recordNanos(9_000_000);
        a.add(b);
        assertEquals(2, a.count());
        assertEquals(9.0, a.maxMillis());
        assertEquals(1_000, a.percentileMicros(50));
    }

    @Test
    void bucketsAreMonotonic() {
        long previous = -1;
        for (long micros = 0; micros < 50_000_000; micros = micros * 11 / 10 + 1) {
            long value = Latencies.valueAt(Latencies.index(micros));
            assertTrue(value >= previous, "bucket order at " + micros);
            previous = value;
        }
    }
}
