package uz.ovoz.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rooms' members {@link Membership} has cached, readable without a call through the EJB
 * container: every chat message checks its sender here, and a container call cost more than the
 * lookup (docs/performance.md). {@link Membership} alone loads and drops entries.
 */
@ApplicationScoped
public class MemberCache {

    private final Map<Long, Set<Long>> members = new ConcurrentHashMap<>();

    /** Whether the user is in the room, if the room's members are cached; else {@link Membership#isMember}. */
    public Optional<Boolean> isMember(long roomId, long userId) {
        Set<Long> cached = members.get(roomId);
        return cached == null ? Optional.empty() : Optional.of(cached.contains(userId));
    }

    Set<Long> get(long roomId) {
        return members.get(roomId);
    }

    void put(long roomId, Set<Long> roomMembers) {
        members.put(roomId, roomMembers);
    }

    void remove(long roomId) {
        members.remove(roomId);
    }

    /** Drops some room: the cache only saves queries. */
    void evictOne() {
        members.keySet().stream().findAny().ifPresent(members::remove);
    }

    int size() {
        return members.size();
    }
}
