package uz.ovoz.voting.live.control;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import uz.ovoz.platform.websocket.FrameWriter;
import uz.ovoz.platform.websocket.PreparedFrame;

/**
 * The frames on their way to one session. A send hands the frame to the transport at once (in the
 * order sends arrive) and never waits for the peer, so a slow or dead peer never stalls a broadcast;
 * a peer whose transport holds too many frames it could not write yet is closed instead of queueing
 * without bound.
 */
public final class Outbox {

    static final CloseReason TOO_SLOW = new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER,
            "Too many unsent messages");
    static final CloseReason SEND_FAILED = new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER,
            "A message could not be sent");

    private final Session session;
    private final FrameWriter writer;
    private final int limit;
    private final Runnable onFailure;
    // guarded by this: the frames handed over whose write has not completed yet, oldest first
    private final Deque<Future<?>> unwritten = new ArrayDeque<>();
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
                    unwritten.add(write);
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
        for (Future<?> oldest = unwritten.peek(); oldest != null && oldest.isDone(); oldest = unwritten.peek()) {
            unwritten.poll();
            if (failed(oldest)) {
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

    public void close(CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException | RuntimeException alreadyClosed) {
            // nothing left to tell a session that is gone
        }
    }
}
