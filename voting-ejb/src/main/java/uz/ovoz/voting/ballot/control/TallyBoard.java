package uz.ovoz.voting.ballot.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import uz.ovoz.voting.ballot.entity.Vote;
import uz.ovoz.voting.ballot.entity.VoteType;

/**
 * Committed tallies per event and candidate, so that reading them costs O(candidates), not a count
 * over the votes. An event's tallies are loaded from the database once (one grouped query) and then
 * advanced by the vote flusher after each commit.
 *
 * <p>Loading and committing take one lock, so a load never misses or double-counts a batch that
 * commits while it runs. Loads are rare (first use of an event, after votes are cleared).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TallyBoard {

    private final Map<Long, Map<Long, Tally>> byEvent = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> toRecount = new ConcurrentHashMap<>();
    private final ReentrantLock commitLock = new ReentrantLock();
    private final AtomicLong changes = new AtomicLong();

    @PersistenceContext
    EntityManager em;

    public Tally.Counts counts(long eventId, long candidateId) {
        Tally tally = tallies(eventId).get(candidateId);
        return tally == null ? Tally.Counts.NONE : tally.counts();
    }

    /** Runs a write (a batch commit) and the tally updates it implies as one step against loads. */
    public <T> T committing(Supplier<T> commitAndCount) {
        commitLock.lock();
        try {
            return commitAndCount.get();
        } finally {
            commitLock.unlock();
        }
    }

    /** Counts a committed vote; call only inside {@link #committing}. */
    public void add(long eventId, long candidateId, VoteType type) {
        Map<Long, Tally> event = byEvent.get(eventId);
        if (event != null) {
            event.computeIfAbsent(candidateId, id -> new Tally()).add(type, 1);
        }
        changes.incrementAndGet();
        // not loaded yet: the first read will count this vote from the database
    }

    /** Drops an event's tallies (votes were cleared or deleted); the next read reloads them. */
    public void forget(long eventId) {
        committing(() -> byEvent.remove(eventId));
        changes.incrementAndGet();
    }

    /**
     * Another instance committed votes for these candidates: their counts are read again from the
     * database before the next read of this event's tallies ({@link #recountMoved}).
     */
    public void recountBeforeNextRead(long eventId, Collection<Long> candidateIds) {
        if (byEvent.containsKey(eventId)) {
            toRecount
                    .computeIfAbsent(eventId, id -> ConcurrentHashMap.newKeySet())
                    .addAll(candidateIds);
        }
        changes.incrementAndGet();
    }

    /**
     * Reads again the counts that other instances moved. A batch of this instance commits under the
     * same lock, so it is either in the count read or added after it; another instance's later batch
     * asks for another recount.
     */
    public void recountMoved() {
        for (Long eventId : Set.copyOf(toRecount.keySet())) {
            Set<Long> candidates = toRecount.remove(eventId);
            if (candidates == null || candidates.isEmpty()) {
                continue;
            }
            committing(() -> {
                Map<Long, Tally> event = byEvent.get(eventId);
                if (event != null) {
                    Map<Long, Tally> counted =
                            Tally.byCandidate(em.createNamedQuery(Vote.TALLIES_OF_CANDIDATES, Object[].class)
                                    .setParameter("eventId", eventId)
                                    .setParameter("candidateIds", candidates)
                                    .getResultList());
                    candidates.forEach(candidate -> event.put(candidate, counted.getOrDefault(candidate, new Tally())));
                }
                return null;
            });
        }
    }

    /** Grows with every counted vote and every reset: a cheap way for a watcher to see that a tally moved. */
    public long changes() {
        return changes.get();
    }

    private Map<Long, Tally> tallies(long eventId) {
        Map<Long, Tally> loaded = byEvent.get(eventId);
        if (loaded != null) {
            return loaded;
        }
        return committing(() -> byEvent.computeIfAbsent(eventId, this::load));
    }

    private Map<Long, Tally> load(long eventId) {
        return Tally.byCandidate(em.createNamedQuery(Vote.TALLIES_OF_EVENT, Object[].class)
                .setParameter("eventId", eventId)
                .getResultList());
    }
}
