package uz.ovoz.platform.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class BatchQueueTest {

    /** Records the batches it is given and answers each item with its batch number. */
    static class Recording extends BatchQueue<String, String> {
        final List<List<String>> batches = new ArrayList<>();
        final List<Integer> drains = new ArrayList<>();
        CountDownLatch writing = new CountDownLatch(0);
        CountDownLatch release = new CountDownLatch(0);

        @Override
        public int limit() {
            return 5;
        }

        @Override
        protected int batchSize() {
            return 2;
        }

        @Override
        protected Runnable write(List<Pending<String, String>> batch) {
            writing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            batches.add(batch.stream().map(Pending::item).toList());
            int number = batches.size();
            return () -> batch.forEach(pending -> pending.result().complete(pending.item() + "@" + number));
        }

        @Override
        protected void drained(int count) {
            drains.add(count);
        }

        CompletableFuture<String> add(String item) {
            return offer(item, "full");
        }
    }

    @Test
    void itemsAreWrittenInQueueOrderInBatchesOfAtMostTheBatchSize() {
        Recording queue = new Recording();
        List<CompletableFuture<String>> results = List.of(queue.add("a"), queue.add("b"), queue.add("c"));
        assertEquals(3, queue.depth());
        assertFalse(results.get(0).isDone(), "nothing is answered before it is written");
        assertTrue(queue.flushAvailable());
        assertEquals(List.of(List.of("a", "b"), List.of("c")), queue.batches);
        assertEquals("c@2", results.get(2).join());
        assertEquals(0, queue.depth());
    }

    @Test
    void whilePausedAfterAnOutageItemsAreAnsweredAtOnceAndAfterThePauseQueuedAgain() throws Exception {
        Recording queue = new Recording();
        queue.pause(200);
        assertTrue(queue.paused());
        assertEquals("full", queue.add("during").join());
        assertEquals(0, queue.depth(), "nothing waits for a database that is away");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (queue.paused() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertFalse(queue.paused(), "the pause ends");
        CompletableFuture<String> after = queue.add("after");
        assertFalse(after.isDone(), "queued again");
        assertEquals(1, queue.depth());
    }

    @Test
    void beyondTheLimitAnItemIsAnsweredAtOnceAndNotQueued() {
        Recording queue = new Recording();
        for (int i = 0; i < 5; i++) {
            queue.add("item" + i);
        }
        assertEquals("full", queue.add("one too many").join());
        assertEquals(5, queue.depth());
    }

    @Test
    void drainWritesEverythingAcceptedAndReportsItOnce() {
        Recording queue = new Recording();
        List<CompletableFuture<String>> results = List.of(queue.add("a"), queue.add("b"), queue.add("c"));
        queue.drain();
        assertEquals(0, queue.depth());
        assertEquals(
                List.of("a@1", "b@1", "c@2"),
                results.stream().map(CompletableFuture::join).toList());
        queue.drain();
        assertEquals(List.of(3), queue.drains, "a second drain finds nothing and reports nothing");
    }

    @Test
    void afterTheDrainBeganNewItemsAreAnsweredAtOnceAndNeverQueued() {
        Recording queue = new Recording();
        queue.drain();
        assertEquals("full", queue.add("late").join());
        assertEquals(0, queue.depth());
        assertTrue(queue.batches.isEmpty());
    }

    @Test
    void theDrainWaitsForTheBatchATimerFlushIsStillWriting() throws Exception {
        Recording queue = new Recording();
        queue.writing = new CountDownLatch(1);
        queue.release = new CountDownLatch(1);
        CompletableFuture<String> inFlight = queue.add("in flight");
        Thread timer = new Thread(queue::flushAvailable);
        timer.start();
        assertTrue(queue.writing.await(5, TimeUnit.SECONDS));
        assertEquals(0, queue.depth(), "the batch has left the queue");
        CompletableFuture<Void> drain = CompletableFuture.runAsync(queue::drain);
        assertThrows(
                TimeoutException.class,
                () -> drain.get(200, TimeUnit.MILLISECONDS),
                "the drain must not end while a taken batch is not yet stored");
        queue.release.countDown();
        drain.get(5, TimeUnit.SECONDS);
        assertTrue(inFlight.isDone());
        timer.join(5000);
    }

    @Test
    void theOldestWaitIsThatOfTheItemAtTheHeadAndZeroOnceNoneWaits() throws Exception {
        Recording queue = new Recording();
        assertEquals(0, queue.oldestWaitNanos());
        queue.add("first");
        Thread.sleep(30);
        queue.add("second");
        long waited = queue.oldestWaitNanos();
        assertTrue(waited >= TimeUnit.MILLISECONDS.toNanos(30), "the first item's wait, not the second's: " + waited);
        queue.flushAvailable();
        assertEquals(0, queue.oldestWaitNanos());
    }

    @Test
    void theNextBatchIsWrittenWhileTheAnswersOfTheOneBeforeStillWait() throws Exception {
        Recording queue = new Recording();
        List<Runnable> held = new ArrayList<>();
        queue.answerOn(held::add);
        CompletableFuture<String> a = queue.add("a");
        queue.add("b");
        CompletableFuture<String> c = queue.add("c");
        Thread.sleep(30);
        assertTrue(queue.flushAvailable());
        assertEquals(List.of(List.of("a", "b"), List.of("c")), queue.batches, "both written without waiting");
        assertEquals(2, held.size(), "one answer per batch");
        assertFalse(a.isDone(), "answered only when its answer runs");
        assertEquals(0, queue.depth());
        assertTrue(
                queue.oldestWaitNanos() >= TimeUnit.MILLISECONDS.toNanos(30),
                "a written item still waits until it is answered: " + queue.oldestWaitNanos());
        held.get(0).run();
        assertEquals("a@1", a.join());
        assertFalse(c.isDone());
        held.get(1).run();
        assertEquals("c@2", c.join());
        assertEquals(0, queue.oldestWaitNanos());
    }

    @Test
    void theDrainEndsOnlyOnceTheLastBatchIsAnswered() throws Exception {
        Recording queue = new Recording();
        CountDownLatch answering = new CountDownLatch(1);
        ExecutorService answers = Executors.newSingleThreadExecutor();
        try {
            answers.execute(() -> {
                try {
                    answering.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            queue.answerOn(answers);
            CompletableFuture<String> last = queue.add("last");
            CompletableFuture<Void> drain = CompletableFuture.runAsync(queue::drain);
            assertThrows(
                    TimeoutException.class,
                    () -> drain.get(200, TimeUnit.MILLISECONDS),
                    "the drain must not end before the stored item's client is told");
            assertEquals(List.of(List.of("last")), queue.batches, "stored meanwhile");
            answering.countDown();
            drain.get(5, TimeUnit.SECONDS);
            assertEquals("last@1", last.getNow("unanswered"));
        } finally {
            answers.shutdownNow();
        }
    }

    @Test
    void anAnswerTheExecutorRefusesRunsOnTheFlushingThread() {
        Recording queue = new Recording();
        queue.answerOn(task -> {
            throw new RejectedExecutionException("shut down");
        });
        CompletableFuture<String> item = queue.add("a");
        queue.flushAvailable();
        assertEquals("a@1", item.getNow("unanswered"));
        assertEquals(0, queue.oldestWaitNanos());
    }

    @Test
    void aFailingAnswerIsLoggedAndTheNextBatchesAreStillAnswered() {
        Recording queue = new Recording() {
            @Override
            protected Runnable write(List<Pending<String, String>> batch) {
                Runnable answer = super.write(batch);
                return batches.size() == 1
                        ? () -> {
                            throw new IllegalStateException("a socket failed");
                        }
                        : answer;
            }
        };
        queue.add("a");
        queue.add("b");
        CompletableFuture<String> c = queue.add("c");
        queue.flushAvailable();
        assertEquals("c@2", c.join());
        assertEquals(0, queue.oldestWaitNanos(), "the failed batch no longer counts as waiting");
    }

    @Test
    void anIdleQueueAlwaysCountsAsMakingProgress() {
        Recording queue = new Recording();
        assertTrue(System.currentTimeMillis() - queue.lastProgressMillis() < 1000);
    }
}
