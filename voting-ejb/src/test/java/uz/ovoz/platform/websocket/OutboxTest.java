package uz.ovoz.platform.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OutboxTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long HOUR = TimeUnit.HOURS.toNanos(1);

    private final List<String> written = new ArrayList<>();
    private final List<CompletableFuture<Void>> writes = new ArrayList<>();
    private final AtomicReference<CloseReason> closed = new AtomicReference<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger pings = new AtomicInteger();
    private final List<String> drops = new ArrayList<>();
    private final FrameWriter transport = frame -> {
        written.addAll(frame.texts());
        CompletableFuture<Void> write = new CompletableFuture<>();
        writes.add(write);
        return write;
    };
    private final Outbox outbox = outbox(new Outbox.Backlog(3, 1_000_000));

    @Test
    void framesAreHandedToTheTransportInOrderWithoutWaitingForThePeer() {
        outbox.send("a");
        outbox.send("b");
        writes.get(0).complete(null);
        outbox.send("c");
        assertEquals(List.of("a", "b", "c"), written);
        assertNull(closed.get());
        assertEquals(0, failures.get());
    }

    @Test
    void aFrameThatCouldNotBeWrittenClosesTheSessionInsteadOfLeavingAGap() {
        outbox.send("a");
        writes.get(0).completeExceptionally(new IOException("broken pipe"));
        outbox.send("b");
        outbox.send("c");
        assertEquals(List.of("a"), written, "nothing is sent after a gap");
        assertEquals(Outbox.SEND_FAILED, closed.get());
        assertEquals(1, failures.get());
        assertEquals(List.of("failed"), drops);
    }

    @Test
    void aTransportThatRefusesTheFrameClosesTheSession() {
        Outbox refusing = new Outbox(
                session(),
                frame -> {
                    throw new IllegalStateException("socket closed");
                },
                new Outbox.Backlog(3, 1_000_000),
                failures::incrementAndGet,
                drops::add);
        refusing.send("a");
        assertEquals(Outbox.SEND_FAILED, closed.get());
        assertEquals(1, failures.get());
    }

    @Test
    void aPeerWhoseTransportHoldsTooManyUnwrittenFramesIsClosed() {
        for (String frame : List.of("a", "b", "c")) {
            outbox.send(frame);
        }
        assertNull(closed.get(), "three unwritten frames are within the limit");
        outbox.send("d");
        assertEquals(Outbox.TOO_SLOW, closed.get());
        assertEquals(List.of("a", "b", "c"), written);
        assertEquals(List.of("backlog"), drops);
    }

    @Test
    void aPeerWhoseTransportHoldsTooManyUnwrittenBytesIsClosed() {
        // each frame of 100 characters is 102 bytes on the wire
        Outbox bytes = outbox(new Outbox.Backlog(100, 250));
        bytes.send("x".repeat(100));
        bytes.send("y".repeat(100));
        assertNull(closed.get(), "204 unwritten bytes are within the limit");
        writes.get(0).complete(null);
        bytes.send("z".repeat(100));
        assertNull(closed.get(), "written bytes no longer count");
        bytes.send("w".repeat(100));
        assertEquals(Outbox.TOO_SLOW, closed.get());
        assertEquals(List.of("x".repeat(100), "y".repeat(100), "z".repeat(100)), written);
        assertEquals(List.of("backlog"), drops);
        assertEquals(1, failures.get());
    }

    @Test
    void aFrameLargerThanTheByteLimitStillReachesAPeerThatTookEverythingBefore() {
        Outbox bytes = outbox(new Outbox.Backlog(100, 50));
        bytes.send("x".repeat(100));
        assertNull(closed.get());
        assertEquals(1, written.size());
        bytes.send("y");
        assertEquals(Outbox.TOO_SLOW, closed.get(), "but nothing may wait behind it");
    }

    @Test
    void writtenFramesNoLongerCountAgainstTheLimit() {
        for (int i = 0; i < 10; i++) {
            outbox.send("frame " + i);
            writes.get(i).complete(null);
        }
        assertEquals(10, written.size());
        assertNull(closed.get());
    }

    @Test
    void aSessionWhoseOldestFrameWaitedTooLongIsClosedAndOnlyThen() {
        outbox.send("a");
        assertEquals(0, stalled(TimeUnit.SECONDS.toNanos(10)), "written a moment ago");
        assertNull(closed.get());
        assertEquals(1, stalled(0), "waited longer than the limit");
        assertEquals(Outbox.STALLED, closed.get());
        assertEquals(1, failures.get());
        assertEquals(List.of("stalled"), drops);
    }

    @Test
    void thePassForgetsClosedSessionsAndKeepsOpenOnes() {
        Outbox closing = outbox(new Outbox.Backlog(3, 1_000_000));
        List<Outbox> open = new ArrayList<>(List.of(closing));
        assertEquals(new Outbox.Closed(0, 0), Outbox.pass(open, HOUR, HOUR, HOUR));
        assertEquals(List.of(closing), open, "still open");
        closing.send("a");
        Outbox.pass(open, 0, HOUR, HOUR);
        assertEquals(Outbox.STALLED, closed.get());
        Outbox.pass(open, 0, HOUR, HOUR);
        assertEquals(List.of(), open, "closed by the pass before, forgotten by this one");
    }

    @Test
    void aSessionWithEverythingWrittenIsNeverStalled() {
        outbox.send("a");
        writes.get(0).complete(null);
        assertEquals(0, stalled(0));
        assertNull(closed.get());
    }

    @Test
    void aSilentPeerIsPingedOncePerIntervalAndClosedWhenItAnswersNoneWithinTheIdleTime() {
        long start = System.nanoTime();
        assertFalse(outbox.keepAlive(start, SECOND, 3 * SECOND));
        assertEquals(0, pings.get(), "heard from at open");
        assertFalse(outbox.keepAlive(start + SECOND, SECOND, 3 * SECOND));
        assertFalse(outbox.keepAlive(start + SECOND + SECOND / 2, SECOND, 3 * SECOND));
        assertEquals(1, pings.get(), "one ping per interval, not one per pass");
        assertFalse(outbox.keepAlive(start + 2 * SECOND, SECOND, 3 * SECOND));
        assertEquals(2, pings.get());
        assertNull(closed.get());
        assertTrue(outbox.keepAlive(start + 4 * SECOND, SECOND, 3 * SECOND));
        assertEquals(Outbox.SILENT, closed.get());
        assertEquals(0, failures.get(), "a silent peer lost no frame");
        assertEquals(List.of("silent"), drops);
    }

    @Test
    void aPeerThatAnswersItsPingsStaysOpen() {
        for (int second = 1; second <= 10; second++) {
            outbox.heard();
            assertEquals(
                    0,
                    Outbox.pass(new ArrayList<>(List.of(outbox)), HOUR, SECOND, 3 * SECOND)
                            .silent());
        }
        assertEquals(0, pings.get(), "a peer heard from a moment ago needs no ping");
        assertNull(closed.get());
    }

    private int stalled(long limitNanos) {
        return Outbox.pass(new ArrayList<>(List.of(outbox)), limitNanos, HOUR, HOUR)
                .stalled();
    }

    private Outbox outbox(Outbox.Backlog limit) {
        return new Outbox(session(), transport, limit, failures::incrementAndGet, drops::add);
    }

    private Session session() {
        return (Session) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isOpen" -> closed.get() == null;
                    case "getAsyncRemote" ->
                        Proxy.newProxyInstance(
                                getClass().getClassLoader(),
                                new Class<?>[] {RemoteEndpoint.Async.class},
                                (remote, call, values) -> {
                                    if (call.getName().equals("sendPing")) {
                                        pings.incrementAndGet();
                                    }
                                    return null;
                                });
                    case "close" -> {
                        closed.compareAndSet(null, (CloseReason) args[0]);
                        yield null;
                    }
                    default -> null;
                });
    }
}
