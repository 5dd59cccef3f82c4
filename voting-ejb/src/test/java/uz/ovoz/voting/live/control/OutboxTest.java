package uz.ovoz.voting.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OutboxTest {

    private final List<String> written = new ArrayList<>();
    private final List<SendHandler> pending = new ArrayList<>();
    private final AtomicReference<CloseReason> closed = new AtomicReference<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final Outbox outbox = new Outbox(session(), 3, failures::incrementAndGet);

    @Test
    void framesGoOutOneAtATimeInOrder() {
        outbox.send("a");
        outbox.send("b");
        assertEquals(List.of("a"), written, "the second waits for the first");
        complete(new SendResult());
        assertEquals(List.of("a", "b"), written);
        assertNull(closed.get());
    }

    @Test
    void aFrameThatCouldNotBeWrittenClosesTheSessionInsteadOfLeavingAGap() {
        outbox.send("a");
        outbox.send("b");
        complete(new SendResult(new IOException("write queue full")));
        assertEquals(List.of("a"), written, "nothing is sent after a gap");
        assertEquals(Outbox.SEND_FAILED, closed.get());
        assertEquals(1, failures.get());
    }

    @Test
    void aPeerTooFarBehindIsClosed() {
        for (String frame : List.of("a", "b", "c", "d", "e")) {
            outbox.send(frame);
        }
        assertEquals(Outbox.TOO_SLOW, closed.get());
    }

    private void complete(SendResult result) {
        pending.remove(0).onResult(result);
    }

    private Session session() {
        RemoteEndpoint.Async async = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendText") && args.length == 2) {
                        written.add((String) args[0]);
                        pending.add((SendHandler) args[1]);
                    }
                    return null;
                });
        return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isOpen" -> closed.get() == null;
                    case "getAsyncRemote" -> async;
                    case "close" -> {
                        closed.compareAndSet(null, (CloseReason) args[0]);
                        yield null;
                    }
                    default -> null;
                });
    }
}
