package uz.ovoz.chat.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uz.ovoz.chat.control.ChatFrame;
import uz.ovoz.chat.control.Membership;
import uz.ovoz.chat.control.MembershipChanged;
import uz.ovoz.chat.entity.ChatMessage;
import uz.ovoz.chat.entity.ChatParticipant;
import uz.ovoz.chat.entity.ChatRoom;
import uz.ovoz.chat.entity.ChatUser;
import uz.ovoz.platform.error.Rejected;

/** Rooms, who is in them, and their history. */
@Stateless
public class ChatRooms {

    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Membership membership;

    @Inject
    jakarta.enterprise.event.Event<MembershipChanged> changes;

    /** Creates a room with its creator and the named participants as members. */
    public ChatRoom create(long creatorId, String name, List<String> participants) {
        if (name == null || name.isBlank()) {
            throw Rejected.invalid("name is required");
        }
        if (name.strip().length() > ChatRoom.NAME_LENGTH) {
            throw Rejected.invalid("name is longer than " + ChatRoom.NAME_LENGTH + " characters");
        }
        ChatUser creator = user(creatorId);
        Set<ChatUser> members = new LinkedHashSet<>();
        members.add(creator);
        members.addAll(users(participants));
        ChatRoom room = new ChatRoom(name.strip(), creator);
        em.persist(room);
        members.forEach(member -> em.persist(new ChatParticipant(room, member)));
        em.flush();
        changes.fire(new MembershipChanged(room.getId(), ids(members), Set.of()));
        return room;
    }

    public List<ChatRoom> of(long userId) {
        return em.createNamedQuery(ChatParticipant.ROOMS_OF_USER, ChatRoom.class)
                .setParameter("user", user(userId))
                .getResultList();
    }

    public List<Long> roomIds(long userId) {
        return em.createQuery("SELECT p.room.id FROM ChatParticipant p WHERE p.user.id = :userId", Long.class)
                .setParameter("userId", userId)
                .getResultList();
    }

    public Set<String> memberNames(long roomId) {
        return new HashSet<>(
                em.createQuery("SELECT p.user.username FROM ChatParticipant p WHERE p.room.id = :roomId", String.class)
                        .setParameter("roomId", roomId)
                        .getResultList());
    }

    /** Adds users to a room the caller is in; those already in it are skipped. */
    public List<String> invite(long callerId, long roomId, List<String> usernames) {
        ChatRoom room = memberRoom(callerId, roomId);
        Set<String> already = memberNames(roomId);
        List<ChatUser> added = users(usernames).stream()
                .filter(user -> !already.contains(user.getUsername()))
                .toList();
        added.forEach(user -> em.persist(new ChatParticipant(room, user)));
        changes.fire(new MembershipChanged(roomId, ids(added), Set.of()));
        return added.stream().map(ChatUser::getUsername).toList();
    }

    /** Takes the caller out of the room; the room and its history go when its last member leaves. */
    public boolean leave(long callerId, long roomId) {
        ChatRoom room = memberRoom(callerId, roomId);
        em.createQuery("DELETE FROM ChatParticipant p WHERE p.room.id = :roomId AND p.user.id = :userId")
                .setParameter("roomId", roomId)
                .setParameter("userId", callerId)
                .executeUpdate();
        boolean empty = em.createQuery("SELECT COUNT(p) FROM ChatParticipant p WHERE p.room.id = :roomId", Long.class)
                        .setParameter("roomId", roomId)
                        .getSingleResult()
                == 0;
        if (empty) {
            em.createQuery("DELETE FROM ChatMessage m WHERE m.room.id = :roomId")
                    .setParameter("roomId", roomId)
                    .executeUpdate();
            em.remove(room);
        }
        changes.fire(new MembershipChanged(roomId, Set.of(), Set.of(callerId)));
        return empty;
    }

    /**
     * A page of history in ascending id order: the newest {@code limit} by default, those right before
     * {@code before}, or those right after {@code after} (what a reconnecting member missed).
     */
    public List<ChatFrame.Message> history(long callerId, long roomId, Long before, Long after, Integer limit) {
        memberRoom(callerId, roomId);
        int size = limit == null ? DEFAULT_PAGE : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw Rejected.invalid("limit must be between 1 and " + MAX_PAGE);
        }
        if (before != null && after != null) {
            throw Rejected.invalid("Use before or after, not both");
        }
        boolean forward = after != null;
        List<ChatMessage> page = em.createQuery(
                        "SELECT m FROM ChatMessage m JOIN FETCH m.sender WHERE m.room.id = :roomId"
                                + (forward
                                        ? " AND m.id > :cursor ORDER BY m.id ASC"
                                        : before != null
                                                ? " AND m.id < :cursor ORDER BY m.id DESC"
                                                : " AND m.id > :cursor ORDER BY m.id DESC"),
                        ChatMessage.class)
                .setParameter("roomId", roomId)
                .setParameter("cursor", forward ? after : before != null ? before : Long.MIN_VALUE)
                .setMaxResults(size)
                .getResultList();
        List<ChatFrame.Message> messages =
                new ArrayList<>(page.stream().map(ChatRooms::frame).toList());
        if (!forward) {
            Collections.reverse(messages);
        }
        return messages;
    }

    static ChatFrame.Message frame(ChatMessage message) {
        return new ChatFrame.Message(
                message.getId(),
                message.getRoom().getId(),
                message.getSender().getUsername(),
                message.getContent(),
                message.getCreatedAt().toInstant().toString());
    }

    /** The room, if it exists (404) and the caller is in it (403). */
    ChatRoom memberRoom(long callerId, long roomId) {
        ChatRoom room = em.find(ChatRoom.class, roomId);
        if (room == null) {
            throw Rejected.notFound("No room " + roomId);
        }
        if (!membership.isMember(roomId, callerId)) {
            throw Rejected.forbidden("You are not a member of room " + roomId);
        }
        return room;
    }

    private ChatUser user(long userId) {
        ChatUser user = em.find(ChatUser.class, userId);
        if (user == null) {
            throw Rejected.unauthorized("Your account no longer exists");
        }
        return user;
    }

    private List<ChatUser> users(List<String> usernames) {
        List<ChatUser> users = new ArrayList<>();
        for (String name : usernames == null ? List.<String>of() : usernames) {
            users.add(em.createNamedQuery(ChatUser.BY_USERNAME, ChatUser.class)
                    .setParameter("username", name)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> Rejected.notFound("No user " + name)));
        }
        return users;
    }

    private static Set<Long> ids(java.util.Collection<ChatUser> users) {
        Set<Long> ids = new HashSet<>();
        users.forEach(user -> ids.add(user.getId()));
        return ids;
    }
}
