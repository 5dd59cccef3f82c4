package uz.ovoz.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A stored chat message. Its id orders the room's history. */
@Entity
@Table(
        name = "chat_messages",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_chat_messages_client",
                        columnNames = {"sender_id", "client_msg_id"}),
        indexes = {
            @Index(name = "ix_chat_messages_room_created", columnList = "room_id, created_at"),
            @Index(name = "ix_chat_messages_room_id", columnList = "room_id, id")
        })
@NamedQuery(
        name = ChatMessage.NEWEST_BEFORE,
        query = "SELECT m FROM ChatMessage m WHERE m.room = :room AND m.id < :before ORDER BY m.id DESC")
public class ChatMessage {

    public static final String NEWEST_BEFORE = "ChatMessage.newestBefore";
    public static final int CONTENT_LENGTH = 4000;
    public static final int CLIENT_MSG_ID_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "chat_messages_seq", sequenceName = "chat_messages_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_messages_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "room_id", nullable = false)
    private ChatRoom room;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sender_id", nullable = false)
    private ChatUser sender;

    @Column(nullable = false, length = CONTENT_LENGTH)
    private String content;

    @Column(name = "client_msg_id", nullable = false, length = CLIENT_MSG_ID_LENGTH)
    private String clientMsgId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ChatMessage() {
        // for JPA
    }

    public ChatMessage(ChatRoom room, ChatUser sender, String content, String clientMsgId) {
        this.room = Objects.requireNonNull(room, "room");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.content = Objects.requireNonNull(content, "content");
        this.clientMsgId = Objects.requireNonNull(clientMsgId, "clientMsgId");
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public ChatRoom getRoom() {
        return room;
    }

    public ChatUser getSender() {
        return sender;
    }

    public String getContent() {
        return content;
    }

    public String getClientMsgId() {
        return clientMsgId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChatMessage that && sender.equals(that.sender) && clientMsgId.equals(that.clientMsgId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sender, clientMsgId);
    }
}
