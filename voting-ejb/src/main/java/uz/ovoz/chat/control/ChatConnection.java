package uz.ovoz.chat.control;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uz.ovoz.platform.rate.TokenBucket;
import uz.ovoz.platform.websocket.Outbox;
import uz.ovoz.platform.websocket.PreparedFrame;

/** One open chat socket: whose it is, which rooms it listens to, and its outbox. */
public final class ChatConnection {

    private final ChatPrincipal user;
    private final Outbox outbox;
    private final Set<Long> rooms = ConcurrentHashMap.newKeySet();
    private final TokenBucket messages;

    public ChatConnection(ChatPrincipal user, Outbox outbox, TokenBucket messages) {
        this.user = user;
        this.outbox = outbox;
        this.messages = messages;
    }

    /** Whether this socket may send another message now, within its rate limit. */
    public boolean mayPost() {
        return messages.tryTake();
    }

    public ChatPrincipal user() {
        return user;
    }

    public Set<Long> rooms() {
        return rooms;
    }

    public Outbox outbox() {
        return outbox;
    }

    public void send(ChatFrame frame) {
        send(PreparedFrame.json(frame));
    }

    /** A frame already encoded, shared with the room's other members. */
    public void send(PreparedFrame frame) {
        outbox.send(frame);
    }
}
