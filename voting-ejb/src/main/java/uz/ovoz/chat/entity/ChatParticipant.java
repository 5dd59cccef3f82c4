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

/** A user's membership of a room. */
@Entity
@Table(
        name = "chat_participants",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_chat_participants",
                        columnNames = {"room_id", "user_id"}),
        indexes = @Index(name = "ix_chat_participants_user", columnList = "user_id"))
@NamedQuery(
        name = ChatParticipant.ROOMS_OF_USER,
        query = "SELECT p.room FROM ChatParticipant p WHERE p.user = :user ORDER BY p.room.id")
public class ChatParticipant {

    public static final String ROOMS_OF_USER = "ChatParticipant.roomsOfUser";

    @Id
    @SequenceGenerator(name = "chat_participants_seq", sequenceName = "chat_participants_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_participants_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "room_id", nullable = false)
    private ChatRoom room;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private ChatUser user;

    @Column(name = "joined_at", nullable = false)
    private OffsetDateTime joinedAt;

    protected ChatParticipant() {
        // for JPA
    }

    public ChatParticipant(ChatRoom room, ChatUser user) {
        this.room = Objects.requireNonNull(room, "room");
        this.user = Objects.requireNonNull(user, "user");
        this.joinedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public ChatRoom getRoom() {
        return room;
    }

    public ChatUser getUser() {
        return user;
    }

    public OffsetDateTime getJoinedAt() {
        return joinedAt;
    }
}
