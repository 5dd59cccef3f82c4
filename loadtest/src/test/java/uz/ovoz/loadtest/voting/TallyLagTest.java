package uz.ovoz.loadtest.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uz.ovoz.loadtest.measure.Latencies;

class TallyLagTest {

    private static final long MS = 1_000_000;

    @Test
    void eachConfirmationWaitsForTheFirstUpdateCountingIt() {
        long[] confirmations = {0, 10 * MS, 20 * MS};
        List<Display.Update> updates = List.of(new Display.Update(100 * MS, 1, 2), new Display.Update(300 * MS, 1, 3));
        Latencies lag = new Latencies();
        assertEquals(0, TallyLag.measure(confirmations, updates, lag));
        assertEquals(3, lag.count());
        assertEquals(280.0, lag.maxMillis(), 0.5);
        assertEquals(100.0, lag.percentileMillis(50), 0.5);
        assertEquals(90.0, lag.percentileMillis(30), 0.5);
    }

    @Test
    void anUpdateBeforeTheAckCountsAsNoDelay() {
        Latencies lag = new Latencies();
        TallyLag.measure(new long[] {50 * MS}, List.of(new Display.Update(40 * MS, 1, 1)), lag);
        assertEquals(0, lag.maxMillis());
    }

    @Test
    void confirmationsNoUpdateCoveredAreMissing() {
        Latencies lag = new Latencies();
        assertEquals(2, TallyLag.measure(new long[] {1, 2, 3}, List.of(new Display.Update(5, 1, 1)), lag));
    }
}
