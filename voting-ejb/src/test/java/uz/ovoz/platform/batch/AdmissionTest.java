package uz.ovoz.platform.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uz.ovoz.platform.metrics.OvozMetrics;

class AdmissionTest {

    /** Remembers the series of each count instead of reaching a registry. */
    static final class Counted extends OvozMetrics {
        final List<List<String>> counts = new ArrayList<>();

        @Override
        public void count(String name, String... tags) {
            List<String> series = new ArrayList<>(List.of(name));
            series.addAll(List.of(tags));
            counts.add(series);
        }
    }

    private static long millis(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void aNewItemIsAdmittedWhileTheOldestHasWaitedNoLongerThanTheBudget() {
        Counted metrics = new Counted();
        Admission admission = new Admission("chat", 150, metrics);
        assertFalse(admission.refuses(0), "an empty queue");
        assertFalse(admission.refuses(millis(150)), "exactly the budget");
        assertTrue(metrics.counts.isEmpty());
    }

    @Test
    void aNewItemIsRefusedOnceTheOldestHasWaitedLongerAndTheRefusalIsCountedByQueue() {
        Counted metrics = new Counted();
        Admission admission = new Admission("votes", 50, metrics);
        assertTrue(admission.refuses(millis(51)));
        assertEquals(List.of(List.of("ovoz_admission_refusals", "queue", "votes")), metrics.counts);
    }

    @Test
    void aBudgetOfZeroAdmitsEverything() {
        Counted metrics = new Counted();
        assertFalse(new Admission("votes", 0, metrics).refuses(millis(3_600_000)));
        assertTrue(metrics.counts.isEmpty());
    }
}
