package uz.ovoz.voting.live.control;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import uz.ovoz.platform.websocket.FrameWriter;
import uz.ovoz.platform.websocket.PreparedFrame;

/**
 * The frames on their way to one session. A send hands the frame to the transport at once (in the
 * order sends arrive) and never waits for the peer, so a slow or dead peer never stalls a broadcast;
 * a peer whose transport holds too many frames it could not write yet is closed instead of queueing
 * without bound, and so is one whose oldest unwritten frame has waited too long ({@link #closeStalled}).
 */
public final class Outbox {

    static final CloseReason TOO_SLOW = new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER,
            "Too many unsent messages");
    static final CloseReason SEND_FAILED = new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER,
            "A message could not be sent");
    static final CloseReason STALLED = new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER,
            "A message could not be written in time");
    static final CloseReason SILENT = new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "No answer to pings");
    private static final ByteBuffer NO_DATA = ByteBuffer.allocate(0);

    private record Unwritten(Future<?> write, long sinceNanos) {
    }

    private final Session session;
    private final FrameWriter writer;
    private final int limit;
    private final Runnable onFailure;
    // guarded by this: the frames handed over whose write has not completed yet, oldest first
    private final Deque<Unwritten> unwritten = new ArrayDeque<>();
    private boolean failed;
    // written by the socket's reader (a pong) and the keep-alive pass, read by the pass
    private volatile long lastHeardNanos = System.nanoTime();
    private volatile long lastPingNanos = lastHeardNanos;

    public Outbox(Session session, FrameWriter writer, int limit, Runnable onFailure) {
        this.session = session;
        this.writer = writer;
        this.limit = limit;
        this.onFailure = onFailure;
    }

    public Session session() {
        return session;
    }

    /** The peer answered a ping (or said something else): it is still there. */
    public void heard() {
        lastHeardNanos = System.nanoTime();
    }

    /**
     * One keep-alive pass over the sessions: pings each peer silent for {@code pingNanos} (at most
     * once per {@code pingNanos}), and closes each silent for longer than {@code idleNanos}: a phone
     * that vanished without closing (half-open TCP) would otherwise stay counted forever. Returns
     * how many were closed. One pass for all sessions, not a timer per session: the cost stays one
     * loop a second whatever the number of sockets.
     */
    public static int keepAlive(Collection<Outbox> outboxes, long pingNanos, long idleNanos) {
        long now = System.nanoTime();
        int closed = 0;
        for (Outbox outbox : outboxes) {
            if (outbox.keepAlive(now, pingNanos, idleNanos)) {
                closed++;
            }
        }
        return closed;
    }

    synchronized boolean keepAlive(long nowNanos, long pingNanos, long idleNanos) {
        long silent = nowNanos - lastHeardNanos;
        if (failed || !session.isOpen()) {
            return false;
        }
        if (silent > idleNanos) {
            // gone, not failed: no frame was lost, so it does not count as a send failure
            failed = true;
            unwritten.clear();
            close(SILENT);
            return true;
        }
        if (silent >= pingNanos && nowNanos - lastPingNanos >= pingNanos) {
            lastPingNanos = nowNanos;
            try {
                session.getAsyncRemote().sendPing(NO_DATA.duplicate());
            } catch (IOException | RuntimeException closedMeanwhile) {
                fail(SEND_FAILED);
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
            if (unwritten.size() >= limit) {
                fail(TOO_SLOW);
                return;
            }
            try {
                Future<?> write = writer.write(frame);
                if (!write.isDone()) {
                    unwritten.add(new Unwritten(write, System.nanoTime()));
                } else if (failed(write)) {
                    fail(SEND_FAILED);
                }
            } catch (RuntimeException closedMeanwhile) {
                fail(SEND_FAILED);
            }
        }
    }

    /** Forgets the writes that completed; false (and the session closed) if one of them failed. */
    private boolean settle() {
        for (Unwritten oldest = unwritten.peek(); oldest != null && oldest.write().isDone(); oldest = unwritten.peek()) {
            unwritten.poll();
            if (failed(oldest.write())) {
                fail(SEND_FAILED);
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
     * Closes the sessions whose oldest unwritten frame has waited longer than {@code limitNanos};
     * returns how many. Under load the servlet writer beneath Tyrus has been seen to keep a
     * socket's last frames without ever writing them and without an error (docs/performance.md):
     * a reconnect, after which the client reloads what it missed, is better than a silent gap. A
     * peer that takes that long to read is as good as gone anyway.
     */
    public static int closeStalled(Collection<Outbox> outboxes, long limitNanos) {
        long now = System.nanoTime();
        int closed = 0;
        for (Outbox outbox : outboxes) {
            if (outbox.closeIfStalled(now, limitNanos)) {
                closed++;
            }
        }
        return closed;
    }

    synchronized boolean closeIfStalled(long nowNanos, long limitNanos) {
        if (failed || !settle() || unwritten.isEmpty() || nowNanos - unwritten.peek().sinceNanos() <= limitNanos) {
            return false;
        }
        fail(STALLED);
        return true;
    }

    /**
     * A frame that could not be written (or a peer too far behind) leaves a gap the client cannot
     * see: the session is closed rather than carried on with a gap, so the client reconnects and
     * reloads the state or the history it missed.
     */
    private void fail(CloseReason reason) {
        failed = true;
        unwritten.clear();
        onFailure.run();
        close(reason);
    }

    private void close(CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException | RuntimeException alreadyClosed) {
            // nothing left to tell a session that is gone
        }
    }
}
