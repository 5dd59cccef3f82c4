package uz.ovoz.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A room; it lives while it has members. */
@Entity
@Table(name = "chat_rooms")
public class ChatRoom {

    public static final int NAME_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "chat_rooms_seq", sequenceName = "chat_rooms_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_rooms_seq")
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "created_by", nullable = false)
    private ChatUser createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ChatRoom() {
        // for JPA
    }

    public ChatRoom(String name, ChatUser createdBy) {
        this.name = Objects.requireNonNull(name, "name");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ChatUser getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
