package uz.ovoz.voting.live.boundary;

import jakarta.websocket.Session;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A voter's IP address, for the optional one-vote-per-address rule. JSR-356 has no API for it;
 * Tyrus' session has {@code getRemoteAddr()}.
 */
final class RemoteAddress {

    private static final Logger LOG = Logger.getLogger(RemoteAddress.class.getName());

    private RemoteAddress() {
    }

    static String of(Session session) {
        try {
            Method remoteAddr = session.getClass().getMethod("getRemoteAddr");
            Object address = remoteAddr.invoke(session);
            return address == null ? null : address.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a vote in an event with one vote per address is then refused (Ballots), never counted without the rule
            LOG.log(Level.WARNING, "Cannot read a WebSocket client's address from " + session.getClass().getName(), e);
            return null;
        }
    }
}
