package uz.ovoz.chat.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.metrics.OvozMetrics;
import uz.ovoz.platform.rate.TokenBucket;
import uz.ovoz.platform.websocket.PreparedFrame;
import uz.ovoz.voting.live.control.Outboxes;

/**
 * The open chat sockets of this instance, by user and by room. A message goes to the sockets
 * listening to its room, in the order the flusher hands them over (the order of the room's history).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// In memory only: no call of the hot path should begin and commit a transaction
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChatSessions {

    private final Map<Long, Set<ChatConnection>> byUser = new ConcurrentHashMap<>();
    private final Map<Long, Set<ChatConnection>> byRoom = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "ovoz.chat.rate-per-second", defaultValue = "50")
    int ratePerSecond;

    @Inject
    @ConfigProperty(name = "ovoz.chat.rate-burst", defaultValue = "100")
    int rateBurst;

    @Inject
    OvozMetrics metrics;

    @EJB
    Outboxes outboxes;

    @PostConstruct
    void registerGauge() {
        metrics.gauge("ovoz_connections", () -> byUser.values().stream().mapToInt(Set::size).sum(), "kind", "chat");
    }

    public ChatConnection open(ChatPrincipal user, Session session, Collection<Long> rooms) {
        ChatConnection connection = new ChatConnection(user, outboxes.open(session,
                () -> metrics.count("ovoz_send_failures", "kind", "chat")), new TokenBucket(ratePerSecond, rateBurst));
        byUser.computeIfAbsent(user.userId(), id -> ConcurrentHashMap.newKeySet()).add(connection);
        rooms.forEach(room -> subscribe(connection, room));
        metrics.count("ovoz_connects", "kind", "chat");
        return connection;
    }

    public void close(ChatConnection connection) {
        Set<ChatConnection> mine = byUser.get(connection.user().userId());
        if (mine != null && mine.remove(connection)) {
            metrics.count("ovoz_disconnects", "kind", "chat");
        }
        connection.rooms().forEach(room -> unsubscribe(connection, room));
    }

    public void subscribe(ChatConnection connection, long roomId) {
        connection.rooms().add(roomId);
        byRoom.computeIfAbsent(roomId, id -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    public void unsubscribe(ChatConnection connection, long roomId) {
        connection.rooms().remove(roomId);
        Set<ChatConnection> listeners = byRoom.get(roomId);
        if (listeners != null) {
            listeners.remove(connection);
        }
    }

    /**
     * Sends committed messages, in the given order, to everyone listening to their rooms, and after
     * them the answers to their senders: each message encoded once, and all of a socket's frames in
     * one write. Returns how many message deliveries that made.
     */
    public long deliver(List<ChatFrame.Message> messages, List<ChatStored> answered) {
        Map<ChatConnection, List<PreparedFrame>> byConnection = new IdentityHashMap<>();
        long deliveries = 0;
        for (ChatFrame.Message message : messages) {
            PreparedFrame frame = PreparedFrame.json(message);
            for (ChatConnection connection : byRoom.getOrDefault(message.roomId(), Set.of())) {
                byConnection.computeIfAbsent(connection, key -> new ArrayList<>()).add(frame);
                deliveries++;
            }
        }
        for (ChatStored result : answered) {
            byConnection.computeIfAbsent(result.send().reply().to(), key -> new ArrayList<>())
                    .add(PreparedFrame.json(result.answer()));
        }
        byConnection.forEach((connection, frames) -> connection.send(PreparedFrame.together(frames)));
        return deliveries;
    }

    /** Invited members' open sockets start listening; those who left stop. */
    public void membershipChanged(MembershipChanged change) {
        for (Long user : change.joined()) {
            connections(user).forEach(connection -> {
                subscribe(connection, change.roomId());
                connection.send(new ChatFrame.JoinedRoom(change.roomId()));
            });
        }
        for (Long user : change.left()) {
            connections(user).forEach(connection -> {
                unsubscribe(connection, change.roomId());
                connection.send(new ChatFrame.LeftRoom(change.roomId()));
            });
        }
    }

    private Collection<ChatConnection> connections(long userId) {
        Set<ChatConnection> mine = byUser.get(userId);
        return mine == null ? List.of() : List.copyOf(mine);
    }
}
