package uz.ovoz.platform.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IntakeTest {

    @Test
    void aHeldIntakeAsksItsFlusherOnceAndQueuesEveryItemThere() {
        AtomicInteger asked = new AtomicInteger();
        Intake<String, Integer> held = Intake.heldFrom(() -> {
            asked.incrementAndGet();
            return item -> CompletableFuture.completedFuture(item.length());
        });
        assertEquals(0, asked.get(), "not asked before the first item");
        assertEquals(3, held.submit("one").join());
        assertEquals(5, held.submit("three").join());
        assertEquals(1, asked.get());
    }
}
