package uz.ovoz.chat.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uz.ovoz.platform.metrics.OvozMetrics;

/**
 * Who is in which room, cached so that checking every sent message costs no query. An entry is
 * dropped the moment a membership change commits (the old chat trusted a cache for 3 seconds).
 * Only rooms with members are kept, at most {@code ovoz.chat.membership-cache-rooms} of them: room ids
 * made up by a client are asked of the database (within the socket's rate limit) and never fill it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Membership {

    @Inject
    MemberCache members;

    @PersistenceContext
    EntityManager em;

    @EJB
    ChatSessions sessions;

    @Inject
    @ConfigProperty(name = "ovoz.chat.membership-cache-rooms", defaultValue = "10000")
    int maxRooms;

    @Inject
    OvozMetrics metrics;

    @PostConstruct
    void registerGauge() {
        metrics.gauge("ovoz_chat_membership_cached_rooms", members::size);
    }

    public boolean isMember(long roomId, long userId) {
        return members(roomId).contains(userId);
    }

    public Set<Long> members(long roomId) {
        Set<Long> cached = members.get(roomId);
        if (cached != null) {
            return cached;
        }
        Set<Long> loaded = load(roomId);
        if (!loaded.isEmpty()) {
            if (members.size() >= maxRooms) {
                // any room: the cache only saves queries, and a full one is rare (more busy rooms than the setting)
                members.evictOne();
            }
            members.put(roomId, loaded);
        }
        return loaded;
    }

    /** The room's members from the database; none for a room that does not exist. */
    Set<Long> load(long roomId) {
        return Set.copyOf(
                em.createQuery("SELECT p.user.id FROM ChatParticipant p WHERE p.room.id = :roomId", Long.class)
                        .setParameter("roomId", roomId)
                        .getResultList());
    }

    int cachedRooms() {
        return members.size();
    }

    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MembershipChanged change) {
        apply(change);
    }

    /** A membership change committed here or on another instance of the cluster. */
    public void apply(MembershipChanged change) {
        members.remove(change.roomId());
        sessions.membershipChanged(change);
    }
}
