package uz.ovoz.loadtest.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PacerTest {

    @Test
    void spreadsActionsAtTheRate() {
        Pacer pacer = new Pacer(1_000, 10_000);
        assertEquals(1, pacer.due(0));
        assertEquals(500, pacer.due(500_000_000L));
        assertEquals(500, pacer.due(1_000_000_000L));
    }

    @Test
    void aLateTickCatchesUpButNeverPassesTheTotal() {
        Pacer pacer = new Pacer(100, 50);
        assertEquals(50, pacer.due(10_000_000_000L));
        assertEquals(0, pacer.due(20_000_000_000L));
        assertTrue(pacer.finished());
    }

    @Test
    void rateZeroMeansAllAtOnce() {
        Pacer pacer = new Pacer(0, 7);
        assertEquals(7, pacer.due(0));
        assertTrue(pacer.finished());
    }

    @Test
    void runCallsEveryIndexOnce() {
        long[] sum = {0};
        new Pacer(100_000, 1_000).run(i -> sum[0] += i);
        assertEquals(999 * 1_000 / 2, sum[0]);
    }
}
