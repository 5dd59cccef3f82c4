package uz.ovoz.platform.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LightSchedulerTest {

    private final LightScheduler scheduler = new LightScheduler(Executors.defaultThreadFactory());

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void anIdleCheckWithoutTimeoutIsNeverRun() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        Runnable idleCheck = runs::incrementAndGet;
        ScheduledFuture<?> future = scheduler.schedule(idleCheck, 0, TimeUnit.MILLISECONDS);
        assertTrue(future.isDone());
        Thread.sleep(50);
        assertEquals(0, runs.get());
        assertEquals(0, scheduler.getQueue().size());
    }

    @Test
    void aRealIdleTimeoutRuns() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        scheduler.schedule(ran::countDown, 10, TimeUnit.MILLISECONDS);
        assertTrue(ran.await(5, TimeUnit.SECONDS));
    }

    @Test
    void cancelledChecksLeaveTheQueueAtOnce() {
        for (int i = 0; i < 1_000; i++) {
            scheduler.schedule(() -> {}, 1, TimeUnit.HOURS).cancel(false);
        }
        assertEquals(0, scheduler.getQueue().size());
    }

    @Test
    void findsTyrusFieldInASuperclass() throws NoSuchFieldException {
        assertEquals(
                ScheduledExecutorService.class,
                LightIdleTimer.field(SessionLike.class).getType());
        assertThrows(NoSuchFieldException.class, () -> LightIdleTimer.field(String.class));
    }

    @SuppressWarnings("unused")
    private static class TyrusLike {
        private ScheduledExecutorService service;
    }

    private static final class SessionLike extends TyrusLike {}
}
