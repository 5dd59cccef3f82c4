package uz.ovoz.platform.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uz.ovoz.chat.control.ChatRelay;
import uz.ovoz.chat.control.MembershipChanged;
import uz.ovoz.platform.json.JsonMessages;
import uz.ovoz.voting.event.control.EventChanged;
import uz.ovoz.voting.live.control.LiveRelay;

/** What crosses the grid is JSON text: each message must come back as it was sent, in order. */
class GridMessagesTest {

    private static <T> T roundTrip(T message, Class<T> type) {
        return JsonMessages.fromJson(JsonMessages.toJson(message), type).orElseThrow();
    }

    @Test
    void eachRelayedMessageReadsBackEqual() {
        EventChanged cleared = new EventChanged(7, "abc", EventChanged.Change.VOTES_CLEARED, List.of(1L, 2L));
        assertEquals(cleared, roundTrip(cleared, EventChanged.class));
        LiveRelay.TalliesMoved moved = new LiveRelay.TalliesMoved(7, List.of(3L));
        assertEquals(moved, roundTrip(moved, LiveRelay.TalliesMoved.class));
        ChatRelay.Stored stored = new ChatRelay.Stored(
                List.of(new ChatRelay.StoredMessage(9, 4, "aziza", "Salom, дунё", "2026-12-02T10:00:00Z")));
        assertEquals(stored, roundTrip(stored, ChatRelay.Stored.class));
        MembershipChanged change = new MembershipChanged(4, Set.of(5L), Set.of());
        assertEquals(change, roundTrip(change, MembershipChanged.class));
    }

    @Test
    void messagesAreHandledOneAtATimeInTheOrderTheyCame() throws Exception {
        List<Integer> handled = new CopyOnWriteArrayList<>();
        Executor pool = Executors.newFixedThreadPool(4);
        InOrder<Integer> inOrder = new InOrder<>(pool, number -> {
            handled.add(number);
            Thread.onSpinWait();
        });
        for (int i = 0; i < 10_000; i++) {
            inOrder.accept(i);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (handled.size() < 10_000 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(10_000, handled.size());
        for (int i = 0; i < handled.size(); i++) {
            assertEquals(i, handled.get(i));
        }
    }
}
