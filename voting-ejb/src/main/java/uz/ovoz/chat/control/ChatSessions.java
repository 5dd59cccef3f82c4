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
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.metrics.OvozMetrics;
import uz.ovoz.platform.rate.TokenBucket;
import uz.ovoz.platform.websocket.ConnectionsPerAddress;
import uz.ovoz.platform.websocket.Outboxes;
import uz.ovoz.platform.websocket.OverLimit;
import uz.ovoz.platform.websocket.PreparedFrame;

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
    private final AtomicInteger open = new AtomicInteger();

    @Inject
    @ConfigProperty(name = "ovoz.chat.max-connections", defaultValue = "20000")
    int maxConnections;

    // A user with a phone, a laptop and a few tabs; a stolen token cannot hold the instance
    @Inject
    @ConfigProperty(name = "ovoz.chat.max-connections-per-user", defaultValue = "10")
    int maxPerUser;

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

    @EJB
    ConnectionsPerAddress perAddress;

    @PostConstruct
    void registerGauge() {
        metrics.gauge(
                "ovoz_connections",
                () -> byUser.values().stream().mapToInt(Set::size).sum(),
                "kind",
                "chat");
    }

    /**
     * Registers a socket of the user's from the client at {@code address}, listening to {@code rooms}.
     *
     * @throws OverLimit when this instance, this user or this address has no room for it
     */
    public ChatConnection open(ChatPrincipal user, Session session, Collection<Long> rooms, String address)
            throws OverLimit {
        Set<ChatConnection> mine = byUser.computeIfAbsent(user.userId(), id -> ConcurrentHashMap.newKeySet());
        if (mine.size() >= maxPerUser) {
            throw refusal(OverLimit.Limit.USER);
        }
        if (open.incrementAndGet() > maxConnections) {
            open.decrementAndGet();
            throw refusal(OverLimit.Limit.INSTANCE);
        }
        if (!perAddress.admit(session.getId(), address)) {
            open.decrementAndGet();
            throw refusal(OverLimit.Limit.ADDRESS);
        }
        ChatConnection connection = new ChatConnection(
                user,
                outboxes.open(session, () -> metrics.count("ovoz_send_failures", "kind", "chat")),
                new TokenBucket(ratePerSecond, rateBurst));
        mine.add(connection);
        rooms.forEach(room -> subscribe(connection, room));
        metrics.count("ovoz_connects", "kind", "chat");
        return connection;
    }

    private OverLimit refusal(OverLimit.Limit limit) {
        metrics.count("ovoz_refusals", "kind", "chat", "reason", limit.reason());
        return new OverLimit(limit);
    }

    public void close(ChatConnection connection) {
        Set<ChatConnection> mine = byUser.get(connection.user().userId());
        if (mine != null && mine.remove(connection)) {
            open.decrementAndGet();
            perAddress.release(connection.outbox().session().getId());
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
                byConnection
                        .computeIfAbsent(connection, key -> new ArrayList<>())
                        .add(frame);
                deliveries++;
            }
        }
        for (ChatStored result : answered) {
            byConnection
                    .computeIfAbsent(result.send().reply().to(), key -> new ArrayList<>())
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
