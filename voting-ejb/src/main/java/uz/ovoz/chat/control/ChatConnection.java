package uz.ovoz.chat.control;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uz.ovoz.platform.json.JsonMessages;
import uz.ovoz.voting.live.control.Outbox;

/** One open chat socket: whose it is, which rooms it listens to, and its outbox. */
public final class ChatConnection {

    private final ChatPrincipal user;
    private final Outbox outbox;
    private final Set<Long> rooms = ConcurrentHashMap.newKeySet();

    public ChatConnection(ChatPrincipal user, Outbox outbox) {
        this.user = user;
        this.outbox = outbox;
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
        outbox.send(JsonMessages.toJson(frame));
    }
}
