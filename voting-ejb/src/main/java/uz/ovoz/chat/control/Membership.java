package uz.ovoz.chat.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is in which room, cached so that checking every sent message costs no query. An entry is
 * dropped the moment a membership change commits (the old chat trusted a cache for 3 seconds).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Membership {

    private final Map<Long, Set<Long>> members = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @EJB
    ChatSessions sessions;

    public boolean isMember(long roomId, long userId) {
        return members(roomId).contains(userId);
    }

    public Set<Long> members(long roomId) {
        Set<Long> cached = members.get(roomId);
        if (cached != null) {
            return cached;
        }
        Set<Long> loaded = Set.copyOf(em.createQuery(
                "SELECT p.user.id FROM ChatParticipant p WHERE p.room.id = :roomId", Long.class)
                .setParameter("roomId", roomId).getResultList());
        members.put(roomId, loaded);
        return loaded;
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
