package uz.ovoz.platform.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
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
                TyrusField.find(SessionLike.class, "service").getType());
        assertThrows(NoSuchFieldException.class, () -> TyrusField.find(String.class, "service"));
        assertTrue(new TyrusField("service").in(String.class).isEmpty());
    }

    @Test
    void aContainerHandsTheLightSchedulerToItsLaterSessions() {
        LightIdleTimer timer = new LightIdleTimer();
        timer.enabled = true;
        timer.threads = new Threads();
        timer.start();
        ScheduledExecutorService managed = Executors.newSingleThreadScheduledExecutor();
        try {
            ContainerLike container = new ContainerLike(managed);
            // Tyrus' field is private final: the replacement must still take
            assertTrue(timer.replace(LightIdleTimer.CONTAINER_EXECUTOR, container));
            assertSame(timer.scheduler(), container.getScheduledExecutorService());
            assertTrue(timer.replace(LightIdleTimer.CONTAINER_EXECUTOR, container));
            assertSame(timer.scheduler(), container.getScheduledExecutorService());
            assertFalse(timer.replace(new TyrusField("noSuchField"), container));
        } finally {
            managed.shutdownNow();
            timer.stop();
        }
    }

    @SuppressWarnings("unused")
    private static class TyrusLike {
        private ScheduledExecutorService service;
    }

    private static final class SessionLike extends TyrusLike {}

    private abstract static class BaseContainerLike {
        private final ScheduledExecutorService managedScheduledExecutorService;

        BaseContainerLike(ScheduledExecutorService managed) {
            this.managedScheduledExecutorService = managed;
        }

        ScheduledExecutorService getScheduledExecutorService() {
            return managedScheduledExecutorService;
        }
    }

    private static final class ContainerLike extends BaseContainerLike {
        ContainerLike(ScheduledExecutorService managed) {
            super(managed);
        }
    }

    private static final class Threads implements ManagedThreadFactory {
        private final ThreadFactory plain = Executors.defaultThreadFactory();

        @Override
        public Thread newThread(Runnable task) {
            return plain.newThread(task);
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            return ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        }
    }
}
