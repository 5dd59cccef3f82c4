package uz.ovoz.chat.socket;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.util.Optional;
import uz.ovoz.chat.boundary.ChatRooms;
import uz.ovoz.chat.control.ChatConnection;
import uz.ovoz.chat.control.ChatFrame;
import uz.ovoz.chat.control.ChatPrincipal;
import uz.ovoz.chat.control.ChatSessions;
import uz.ovoz.platform.net.ClientAddresses;
import uz.ovoz.platform.websocket.ClosingHandshake;
import uz.ovoz.platform.websocket.OverLimit;

/**
 * A chat client at {@code /chat/ws?token=…} (or with {@code Authorization: Bearer …}), the token checked by
 * MicroProfile JWT during the handshake ({@link ChatHandshake}). On open it listens to every room its user is in; a
 * missing or bad token closes the socket with 4001 (and 1008 for old clients that only know the standard codes),
 * a full instance with 1013, too many sockets of the user's or from the client's address with 4029.
 */
@ServerEndpoint(value = "/ws", configurator = ChatHandshake.class)
public class ChatEndpoint {

    static final CloseReason SERVER_ERROR =
            new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "The server failed; please reconnect");
    static final CloseReason BAD_TOKEN =
            new CloseReason(CloseReason.CloseCodes.getCloseCode(4001), "Invalid or expired token");
    static final CloseReason FULL =
            new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "Too many connections; try again later");
    static final CloseReason USER_FULL =
            new CloseReason(CloseReason.CloseCodes.getCloseCode(4029), "Too many connections for this user");
    static final CloseReason ADDRESS_FULL =
            new CloseReason(CloseReason.CloseCodes.getCloseCode(4029), "Too many connections from this address");

    @EJB
    ChatSessions sessions;

    @EJB
    ChatRooms rooms;

    @Inject
    ChatMessages messages;

    @EJB
    ClosingHandshake closing;

    @Inject
    ClientAddresses addresses;

    private ChatConnection connection;

    @OnOpen
    public void open(Session session) {
        Optional<ChatPrincipal> user = ChatHandshake.caller(session);
        if (user.isEmpty()) {
            closing.close(session, BAD_TOKEN);
            return;
        }
        try {
            connection =
                    sessions.open(user.get(), session, rooms.roomIds(user.get().userId()), addresses.keyOf(session));
        } catch (OverLimit over) {
            closing.close(
                    session,
                    switch (over.limit()) {
                        case USER -> USER_FULL;
                        case ADDRESS -> ADDRESS_FULL;
                        default -> FULL;
                    });
            return;
        }
        connection.send(new ChatFrame.Ready(connection.rooms().stream().sorted().toList()));
    }

    @OnMessage(maxMessageSize = 65536)
    public void message(String text) {
        if (connection != null) {
            messages.handle(connection, text);
        }
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        if (connection != null) {
            sessions.close(connection);
        }
    }

    /** A socket the sessions no longer hold must not stay open: the client reconnects and is listed again. */
    @OnError
    public void error(Session session, Throwable error) {
        if (connection != null) {
            sessions.close(connection);
        }
        if (session.isOpen()) {
            closing.close(session, SERVER_ERROR);
        }
    }

    static ChatFrame.Error error(String message, String clientMsgId) {
        return new ChatFrame.Error(message, clientMsgId);
    }
}
