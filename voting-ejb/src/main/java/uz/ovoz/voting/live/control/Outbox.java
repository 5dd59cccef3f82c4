package uz.ovoz.voting.live.control;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The frames waiting to go to one session, sent one at a time with the asynchronous API. A
 * broadcast only appends here, so a slow or dead peer never stalls the others; a peer that falls
 * too far behind is closed instead of growing the queue without bound.
 */
public final class Outbox {

    static final CloseReason TOO_SLOW = new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER,
            "Too many unsent messages");
    static final CloseReason SEND_FAILED = new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER,
            "A message could not be sent");

    private final Session session;
    private final int limit;
    private final Queue<String> frames = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final Runnable onFailure;

    public Outbox(Session session, int limit, Runnable onFailure) {
        this.session = session;
        this.limit = limit;
        this.onFailure = onFailure;
    }

    public Session session() {
        return session;
    }

    public void send(String frame) {
        if (!session.isOpen()) {
            return;
        }
        if (size.incrementAndGet() > limit) {
            size.decrementAndGet();
            onFailure.run();
            close(TOO_SLOW);
            return;
        }
        frames.add(frame);
        sendNext();
    }

    private void sendNext() {
        while (!frames.isEmpty() && sending.compareAndSet(false, true)) {
            String frame = frames.poll();
            if (frame == null) {
                sending.set(false);
                continue;
            }
            size.decrementAndGet();
            try {
                session.getAsyncRemote().sendText(frame, this::sent);
                return;
            } catch (RuntimeException closedMeanwhile) {
                sending.set(false);
                failed();
            }
        }
    }

    private void sent(SendResult result) {
        sending.set(false);
        if (result.isOK()) {
            sendNext();
        } else {
            failed();
        }
    }

    /**
     * A frame that could not be written (the transport's write queue was full, or the peer went
     * away) leaves a gap the client cannot see: the session is closed rather than carried on with
     * a gap, so the client reconnects and reloads the state or the history it missed.
     */
    private void failed() {
        onFailure.run();
        frames.clear();
        size.set(0);
        close(SEND_FAILED);
    }

    public void close(CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException | RuntimeException alreadyClosed) {
            // nothing left to tell a session that is gone
        }
    }
}
