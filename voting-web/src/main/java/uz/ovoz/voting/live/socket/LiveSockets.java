package uz.ovoz.voting.live.socket;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.util.Optional;
import uz.ovoz.platform.net.ClientAddresses;
import uz.ovoz.platform.websocket.ClientAddressConfigurator;
import uz.ovoz.platform.websocket.ClosingHandshake;
import uz.ovoz.platform.websocket.Outbox;
import uz.ovoz.platform.websocket.OverLimit;
import uz.ovoz.voting.live.control.SessionRegistry;
import uz.ovoz.voting.live.control.SessionRegistry.Kind;

/**
 * What the voter and display sockets do alike with an event's room: refuse a socket (counted, then
 * closed with its code), join it (or close it when a connection limit is reached), and let it go,
 * closing it when it failed so that the client reconnects and gets the state anew. The sockets
 * are opened through {@link ClientAddressConfigurator}, which gives the address the limits count.
 */
@ApplicationScoped
public class LiveSockets {

    @EJB
    SessionRegistry sessions;

    @EJB
    ClosingHandshake closing;

    @Inject
    ClientAddresses addresses;

    void refuse(Kind kind, Session session, String reason, CloseReason close) {
        sessions.refused(kind, reason);
        closing.close(session, close);
    }

    /** The socket's outbox in the event's room; empty when a limit refused it (it is closed then). */
    Optional<Outbox> join(Kind kind, String link, Session session) {
        try {
            return Optional.of(sessions.join(kind, link, session, addresses.keyOf(session)));
        } catch (OverLimit over) {
            closing.close(session, CloseCodes.of(over.limit()));
            return Optional.empty();
        }
    }

    void leave(Kind kind, String link, Session session) {
        sessions.leave(kind, link, session);
    }

    /** A socket the registry no longer counts must not stay open. */
    void fail(Kind kind, String link, Session session) {
        sessions.leave(kind, link, session);
        if (session.isOpen()) {
            closing.close(session, CloseCodes.SERVER_ERROR);
        }
    }
}
