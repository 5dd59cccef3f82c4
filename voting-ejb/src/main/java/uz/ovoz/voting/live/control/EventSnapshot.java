package uz.ovoz.voting.live.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uz.ovoz.voting.event.entity.EventStatus;

/**
 * An immutable picture of an event as voters see it, kept in memory so that validating a vote costs
 * no database query. It is replaced whenever an admin changes the event.
 */
public record EventSnapshot(long eventId, String link, String name, EventStatus status, int durationSec,
        Integer currentIndex, List<Entry> candidates, Instant timerStartedAt, Instant timerEndsAt,
        boolean hideTally, boolean oneVotePerIp, boolean requiresCodes) {

    /** A candidate in the event's running order. */
    public record Entry(long candidateId, String fullName, String image, String whichPosition, String degree,
            Integer groupNo) {
    }

    public EventSnapshot {
        candidates = List.copyOf(candidates);
    }

    public Optional<Entry> current() {
        if (currentIndex == null || currentIndex < 0 || currentIndex >= candidates.size()) {
            return Optional.empty();
        }
        return Optional.of(candidates.get(currentIndex));
    }

    public Optional<Entry> entry(long candidateId) {
        return candidates.stream().filter(entry -> entry.candidateId() == candidateId).findFirst();
    }

    /** The other candidates competing for the same position, in running order. */
    public List<Entry> groupPeers(long candidateId) {
        Optional<Entry> entry = entry(candidateId);
        if (entry.isEmpty() || entry.get().groupNo() == null) {
            return List.of();
        }
        Integer group = entry.get().groupNo();
        return candidates.stream()
                .filter(other -> group.equals(other.groupNo()) && other.candidateId() != candidateId)
                .toList();
    }

    /** Voters may answer for the current candidate and, in a group, for any of its peers. */
    public boolean isOpenFor(long candidateId) {
        return current().map(current -> current.candidateId() == candidateId
                || groupPeers(current.candidateId()).stream().anyMatch(peer -> peer.candidateId() == candidateId))
                .orElse(false);
    }

    public boolean timerRunning(Instant now) {
        return timerEndsAt != null && timerStartedAt != null && now.isBefore(timerEndsAt);
    }

    public long remainingMillis(Instant now) {
        return timerRunning(now) ? timerEndsAt.toEpochMilli() - now.toEpochMilli() : 0;
    }
}
