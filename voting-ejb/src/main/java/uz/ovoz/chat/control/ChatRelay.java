package uz.ovoz.chat.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import uz.ovoz.platform.grid.Grid;

/**
 * Carries the chat's committed changes to the other instances of a cluster: each batch of stored
 * messages (every instance delivers them to its own members' sockets, once per socket) and each
 * change of a room's members (every instance forgets its cached members and moves its sockets).
 */
@Singleton
@Startup
@DependsOn("Grid")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChatRelay {

    static final String MESSAGES = "ovoz.chat-messages";
    static final String MEMBERSHIP = "ovoz.chat-membership";

    /** Messages a batch stored, in the order of the rooms' history. */
    public record Stored(List<StoredMessage> messages) {

        static Stored of(List<ChatFrame.Message> frames) {
            return new Stored(frames.stream()
                    .map(frame -> new StoredMessage(
                            frame.id(), frame.roomId(), frame.sender(), frame.content(), frame.timestamp()))
                    .toList());
        }

        List<ChatFrame.Message> frames() {
            return messages.stream()
                    .map(message -> new ChatFrame.Message(
                            message.id(), message.roomId(), message.sender(), message.content(), message.timestamp()))
                    .toList();
        }
    }

    /** One stored message as it crosses the grid. */
    public record StoredMessage(long id, long roomId, String sender, String content, String timestamp) {}

    @EJB
    Grid grid;

    @EJB
    ChatSessions sessions;

    @EJB
    Membership membership;

    @PostConstruct
    void listen() {
        grid.subscribe(MESSAGES, Stored.class, stored -> sessions.deliver(stored.frames(), List.of()));
        grid.subscribe(MEMBERSHIP, MembershipChanged.class, membership::apply);
    }

    /** A batch was stored and delivered here: the other instances deliver it to their sockets. */
    public void stored(List<ChatFrame.Message> messages) {
        if (!messages.isEmpty()) {
            grid.publish(MESSAGES, Stored.of(messages));
        }
    }

    public void membershipChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MembershipChanged change) {
        grid.publish(MEMBERSHIP, change);
    }
}
