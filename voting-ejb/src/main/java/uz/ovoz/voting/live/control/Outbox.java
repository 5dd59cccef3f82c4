package uz.ovoz.voting.live.control;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
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

    private record Unwritten(Future<?> write, long sinceNanos) {
    }

    private final Session session;
    private final FrameWriter writer;
    private final int limit;
    private final Runnable onFailure;
    // guarded by this: the frames handed over whose write has not completed yet, oldest first
    private final Deque<Unwritten> unwritten = new ArrayDeque<>();
    private boolean failed;

    public Outbox(Session session, FrameWriter writer, int limit, Runnable onFailure) {
        this.session = session;
        this.writer = writer;
        this.limit = limit;
        this.onFailure = onFailure;
    }

    public Session session() {
        return session;
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
