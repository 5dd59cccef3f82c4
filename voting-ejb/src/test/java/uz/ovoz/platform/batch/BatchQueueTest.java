package uz.ovoz.platform.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BatchQueueTest {

    /** Records the batches it is given and answers each item with its batch number. */
    static final class Recording extends BatchQueue<String, String> {
        final List<List<String>> batches = new ArrayList<>();

        @Override
        public int limit() {
            return 5;
        }

        @Override
        protected int batchSize() {
            return 2;
        }

        @Override
        protected void write(List<Pending<String, String>> batch) {
            batches.add(batch.stream().map(Pending::item).toList());
            batch.forEach(pending -> pending.result().complete(pending.item() + "@" + batches.size()));
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
    void drainWritesEverythingAccepted() {
        Recording queue = new Recording();
        queue.add("a");
        queue.add("b");
        queue.add("c");
        queue.drain();
        assertEquals(0, queue.depth());
        assertEquals(3, queue.batches.stream().mapToInt(List::size).sum());
    }

    @Test
    void anIdleQueueAlwaysCountsAsMakingProgress() {
        Recording queue = new Recording();
        assertTrue(System.currentTimeMillis() - queue.lastProgressMillis() < 1000);
    }
}
