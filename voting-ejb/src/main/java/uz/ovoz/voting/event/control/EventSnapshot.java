package uz.ovoz.voting.event.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uz.ovoz.voting.event.entity.EventStatus;

/**
 * An immutable picture of an event as voters see it, kept in memory so that validating a vote costs
 * no database query. It is replaced whenever an admin changes the event.
 */
public record EventSnapshot(
        long eventId,
        String link,
        String name,
        EventStatus status,
        int durationSec,
        Integer currentIndex,
        List<Entry> candidates,
        Instant timerStartedAt,
        Instant timerEndsAt,
        boolean hideTally,
        boolean oneVotePerIp,
        boolean requiresCodes,
        int voteRound) {

    /** A candidate in the event's running order. */
    public record Entry(
            long candidateId, String fullName, String image, String whichPosition, String degree, Integer groupNo) {}

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
        return candidates.stream()
                .filter(entry -> entry.candidateId() == candidateId)
                .findFirst();
    }

    /** The other candidates competing for the same position, in running order. */
    public List<Entry> groupPeers(long candidateId) {
        return votingWindow().peers(candidateId).stream()
                .map(peer -> entry(peer).orElseThrow())
                .toList();
    }

    /** Voters may answer for the current candidate and, in a group, for any of its peers. */
    public boolean isOpenFor(long candidateId) {
        return votingWindow().isOpenFor(candidateId);
    }

    /** The rule a vote is checked by, from this picture of the event. */
    public VotingWindow votingWindow() {
        return new VotingWindow(
                status,
                candidates.stream()
                        .map(entry -> new VotingWindow.Place(entry.candidateId(), entry.groupNo()))
                        .toList(),
                currentIndex,
                timerStartedAt == null ? null : timerEndsAt);
    }

    public boolean timerRunning(Instant now) {
        return timerEndsAt != null && timerStartedAt != null && now.isBefore(timerEndsAt);
    }

    public long remainingMillis(Instant now) {
        return timerRunning(now) ? timerEndsAt.toEpochMilli() - now.toEpochMilli() : 0;
    }
}
