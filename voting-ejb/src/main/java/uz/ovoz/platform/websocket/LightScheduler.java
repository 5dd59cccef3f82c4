package uz.ovoz.platform.websocket;

import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The scheduler behind {@link LightIdleTimer}: one thread, cancelled tasks removed at once (Tyrus
 * cancels and replaces its idle task on every frame), and a task due immediately not run at all:
 * Tyrus schedules its idle check with the idle timeout as delay, so a delay of 0 means "no idle
 * timeout" and the check would do nothing.
 */
final class LightScheduler extends ScheduledThreadPoolExecutor {

    LightScheduler(ThreadFactory threads) {
        super(1, threads);
        setRemoveOnCancelPolicy(true);
        setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return delay <= 0 ? Skipped.INSTANCE : super.schedule(command, delay, unit);
    }

    /** The future of a task that was never run: done, with nothing to cancel. */
    static final class Skipped implements ScheduledFuture<Object> {

        static final Skipped INSTANCE = new Skipped();

        @Override
        public long getDelay(TimeUnit unit) {
            return 0;
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(0, other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return false;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean isDone() {
            return true;
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }
    }
}
