package uz.ovoz.voting.live.boundary;

import jakarta.websocket.Session;
import java.lang.reflect.Method;

/**
 * A voter's IP address, for the optional one-vote-per-address rule. JSR-356 has no API for it;
 * Tyrus' session has {@code getRemoteAddr()}.
 */
final class RemoteAddress {

    private RemoteAddress() {
    }

    static String of(Session session) {
        try {
            Method remoteAddr = session.getClass().getMethod("getRemoteAddr");
            Object address = remoteAddr.invoke(session);
            return address == null ? null : address.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
