package uz.ovoz.loadtest.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuMeterTest {

    @Test
    void cpuPerOperationIsCpuSecondsOverOperationsInMicroseconds() {
        assertEquals(120.0, CpuMeter.microsPer(6.0, 50_000));
        assertEquals(14.3, CpuMeter.microsPer(1.43, 100_000));
    }

    @Test
    void withoutOperationsOrAServerCounterThereIsNoFigure() {
        assertNull(CpuMeter.microsPer(1.0, 0));
        assertNull(CpuMeter.microsPer(Double.NaN, 10));
        assertNull(CpuMeter.ratio(1.0, 0));
    }

    @Test
    void theWindowsAddUpAndTimeBetweenThemIsNotCounted() {
        Iterator<Double> server = List.of(10.0, 11.0, 50.0, 51.5).iterator();
        Iterator<Double> client = List.of(2.0, 2.5, 9.0, 9.5).iterator();
        CpuMeter meter = new CpuMeter(server::next, client::next);
        meter.start();
        meter.stop();
        meter.start();
        meter.stop();
        Map<String, Object> figures = meter.perOperation(25_000);
        assertEquals(100.0, figures.get("server_us"), "2.5 s of server CPU over 25,000 operations");
        assertEquals(40.0, figures.get("client_us"));
    }

    @Test
    void aServerCounterLostInOneWindowLeavesNoServerFigure() {
        Iterator<Double> server = List.of(10.0, Double.NaN).iterator();
        CpuMeter meter = new CpuMeter(server::next, () -> 1.0);
        meter.start();
        meter.stop();
        assertNull(meter.perOperation(10).get("server_us"));
    }

    @Test
    void theIdleCostIsTakenOutOverTheWindowsWallTime() {
        double[] server = {0};
        CpuMeter meter = new CpuMeter(() -> server[0], () -> 0.0).idle(0.5);
        meter.start();
        server[0] = 1.0;
        meter.stop();
        Map<String, Object> figures = meter.perOperation(1000);
        double wall = (Double) figures.get("seconds");
        assertEquals(1000.0, figures.get("server_us"));
        assertEquals((1.0 - 0.5 * wall) * 1000, (Double) figures.get("server_us_above_idle"), 10.0);
    }
}
