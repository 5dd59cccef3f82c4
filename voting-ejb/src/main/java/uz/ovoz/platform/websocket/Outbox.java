package uz.ovoz.platform.websocket;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The frames on their way to one session. A send hands the frame to the transport at once (in the
 * order sends arrive) and never waits for the peer, so a slow or dead peer never stalls a broadcast;
 * a peer whose transport holds too many frames or bytes it could not write yet ({@link Backlog}) is
 * closed instead of queueing without bound, and so is one whose oldest unwritten frame has waited too
 * long ({@link #pass}).
 * <p>
 * "Unwritten" is what the transport has not taken: Payara's socket writer completes a write once
 * Grizzly's per-connection write queue accepts it, and holds the rest in a queue of its own while
 * that queue is full. Grizzly's queue is bounded by four times the listener's
 * {@code socket-write-buffer-size} (payara-config's {@code 20-http.asadmin}), the kernel's socket
 * buffer by the operating system; the backlog bounds what lies beyond both.
 */
public final class Outbox {

    static final CloseReason TOO_SLOW =
            new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "Too many unsent messages");
    static final CloseReason SEND_FAILED =
            new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "A message could not be sent");
    static final CloseReason STALLED =
            new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "A message could not be written in time");
    static final CloseReason SILENT = new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "No answer to pings");
    private static final ByteBuffer NO_DATA = ByteBuffer.allocate(0);

    /** How far behind a peer may fall: frames and bytes the transport has not taken yet. */
    public record Backlog(int frames, long bytes) {}

    private record Unwritten(Future<?> write, long sinceNanos, int bytes) {}

    private final Session session;
    private final FrameWriter writer;
    private final Backlog limit;
    private final Runnable onFailure;
    private final Consumer<String> onDrop;
    // guarded by this: the frames handed over whose write has not completed yet, oldest first
    private final Deque<Unwritten> unwritten = new ArrayDeque<>();
    private long unwrittenBytes;
    // the head of unwritten (null when empty), also read without the lock by the once-a-second pass
    private volatile Unwritten oldest;
    private boolean failed;
    // written by the socket's reader (a pong) and the keep-alive pass, read by the pass
    private volatile long lastHeardNanos = System.nanoTime();
    private volatile long lastPingNanos = lastHeardNanos;

    /**
     * {@code onFailure} runs when a frame is lost (written in vain, or the peer fell behind);
     * {@code onDrop} is told why the server closed the session: {@code backlog}, {@code stalled},
     * {@code failed} or {@code silent}.
     */
    public Outbox(Session session, FrameWriter writer, Backlog limit, Runnable onFailure, Consumer<String> onDrop) {
        this.session = session;
        this.writer = writer;
        this.limit = limit;
        this.onFailure = onFailure;
        this.onDrop = onDrop;
    }

    public Session session() {
        return session;
    }

    /** The peer answered a ping (or said something else): it is still there. */
    public void heard() {
        lastHeardNanos = System.nanoTime();
    }

    /** What one {@link #pass} closed: sessions whose writes stalled, and peers gone silent. */
    public record Closed(int stalled, int silent) {}

    /**
     * One pass over the sessions, once a second: forgets the closed ones (removing them from
     * {@code outboxes}), closes each whose oldest unwritten frame has waited longer than
     * {@code stallNanos} ({@link #closeIfStalled}), pings each peer silent for {@code pingNanos} (at
     * most once per {@code pingNanos}) and closes each silent for longer than {@code idleNanos}: a
     * phone that vanished without closing (half-open TCP) would otherwise stay counted forever. One
     * pass for all sessions, not a timer per session; and a session with nothing to do costs two
     * reads without its lock, so 10,000 sockets cost the pass little even while a storm writes to
     * them.
     */
    public static Closed pass(Collection<Outbox> outboxes, long stallNanos, long pingNanos, long idleNanos) {
        long now = System.nanoTime();
        int stalled = 0;
        int silent = 0;
        for (Iterator<Outbox> each = outboxes.iterator(); each.hasNext(); ) {
            Outbox outbox = each.next();
            if (!outbox.session.isOpen()) {
                each.remove();
            } else if (outbox.closeIfStalled(now, stallNanos)) {
                stalled++;
            } else if (outbox.keepAlive(now, pingNanos, idleNanos)) {
                silent++;
            }
        }
        return new Closed(stalled, silent);
    }

    boolean keepAlive(long nowNanos, long pingNanos, long idleNanos) {
        if (nowNanos - lastHeardNanos < Math.min(pingNanos, idleNanos)) {
            return false;
        }
        synchronized (this) {
            return keepAliveSilent(nowNanos, pingNanos, idleNanos);
        }
    }

    // guarded by this
    private boolean keepAliveSilent(long nowNanos, long pingNanos, long idleNanos) {
        long silent = nowNanos - lastHeardNanos;
        if (failed || !session.isOpen()) {
            return false;
        }
        if (silent > idleNanos) {
            // gone, not failed: no frame was lost, so it does not count as a send failure
            failed = true;
            forgetUnwritten();
            onDrop.accept("silent");
            close(SILENT);
            return true;
        }
        if (silent >= pingNanos && nowNanos - lastPingNanos >= pingNanos) {
            lastPingNanos = nowNanos;
            try {
                session.getAsyncRemote().sendPing(NO_DATA.duplicate());
            } catch (IOException | RuntimeException closedMeanwhile) {
                fail(SEND_FAILED, "failed");
                return true;
            }
        }
        return false;
    }

    public void send(String text) {
        send(PreparedFrame.of(text));
    }

    public void send(PreparedFrame frame) {
        if (!session.isOpen()) {
            return;
        }
        synchronized (this) {
            if (failed || !settle()) {
                return;
            }
            if (behind(frame)) {
                fail(TOO_SLOW, "backlog");
                return;
            }
            try {
                Future<?> write = writer.write(frame);
                if (!write.isDone()) {
                    Unwritten waiting = new Unwritten(write, System.nanoTime(), frame.length());
                    if (unwritten.isEmpty()) {
                        oldest = waiting;
                    }
                    unwritten.add(waiting);
                    unwrittenBytes += frame.length();
                } else if (failed(write)) {
                    fail(SEND_FAILED, "failed");
                }
            } catch (RuntimeException closedMeanwhile) {
                fail(SEND_FAILED, "failed");
            }
        }
    }

    /**
     * True if this frame would take the peer past its backlog. A frame larger than the byte limit
     * still goes to a peer that has taken everything before it.
     */
    private boolean behind(PreparedFrame frame) {
        return unwritten.size() >= limit.frames()
                || !unwritten.isEmpty() && unwrittenBytes + frame.length() > limit.bytes();
    }

    /** Forgets the writes that completed; false (and the session closed) if one of them failed. */
    private boolean settle() {
        for (Unwritten head = unwritten.peek(); head != null && head.write().isDone(); head = unwritten.peek()) {
            unwritten.poll();
            oldest = unwritten.peek();
            unwrittenBytes -= head.bytes();
            if (failed(head.write())) {
                fail(SEND_FAILED, "failed");
                return false;
            }
        }
        return true;
    }

    private static boolean failed(Future<?> done) {
        try {
            done.get();
            return false;
        } catch (ExecutionException | RuntimeException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /**
     * Closes the session if its oldest unwritten frame has waited longer than {@code limitNanos}.
     * Under load the servlet writer beneath Tyrus has been seen to keep a socket's last frames
     * without ever writing them and without an error (docs/performance.md): a reconnect, after
     * which the client reloads what it missed, is better than a silent gap. A peer that takes that
     * long to read is as good as gone anyway.
     */
    boolean closeIfStalled(long nowNanos, long limitNanos) {
        Unwritten waiting = oldest;
        if (waiting == null || nowNanos - waiting.sinceNanos() <= limitNanos) {
            return false;
        }
        synchronized (this) {
            if (failed
                    || !settle()
                    || unwritten.isEmpty()
                    || nowNanos - unwritten.peek().sinceNanos() <= limitNanos) {
                return false;
            }
            fail(STALLED, "stalled");
            return true;
        }
    }

    /**
     * A frame that could not be written (or a peer too far behind) leaves a gap the client cannot
     * see: the session is closed rather than carried on with a gap, so the client reconnects and
     * reloads the state or the history it missed.
     */
    private void fail(CloseReason reason, String dropped) {
        failed = true;
        forgetUnwritten();
        onFailure.run();
        onDrop.accept(dropped);
        close(reason);
    }

    private void forgetUnwritten() {
        unwritten.clear();
        oldest = null;
        unwrittenBytes = 0;
    }

    private void close(CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException | RuntimeException alreadyClosed) {
            // nothing left to tell a session that is gone
        }
    }
}
