package uz.ovoz.voting.event.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uz.ovoz.voting.event.entity.EventStatus;

/**
 * Whether an event takes a vote for a candidate at a given moment. One rule, checked twice: first
 * against the voter's instance's in-memory picture of the event (a quick answer), then by the writer
 * against the event row it holds locked while it commits (the answer that counts).
 *
 * @param lineup the event's candidates in running order
 * @param timerEndsAt the end of the current candidate's countdown; {@code null} before it starts
 */
public record VotingWindow(EventStatus status, List<Place> lineup, Integer currentIndex, Instant timerEndsAt) {

    /** A candidate's place in the running order and the group it competes in, if any. */
    public record Place(long candidateId, Integer groupNo) {}

    /** Why a vote is not taken: a short code for clients and metrics, and the message for the voter. */
    public record Shut(String reason, String message) {}

    public VotingWindow {
        Objects.requireNonNull(status, "status");
        lineup = List.copyOf(lineup);
    }

    /** Empty when the event takes a vote for {@code candidateId} that arrived at {@code at}. */
    public Optional<Shut> shut(long candidateId, Instant at) {
        if (status == EventStatus.PENDING) {
            return shut("not_started", "Voting has not started");
        }
        if (status != EventStatus.ACTIVE) {
            return shut("finished", "The event has finished");
        }
        Optional<Place> current = current();
        if (current.isEmpty()) {
            return shut("no_candidate", "There is no current candidate");
        }
        Optional<Place> place = place(candidateId);
        if (place.isEmpty()) {
            return shut("not_in_event", "Candidate " + candidateId + " is not in this event");
        }
        if (!isOpenFor(current.get(), place.get())) {
            return shut("not_open", "Voting is not open for candidate " + candidateId);
        }
        if (timerEndsAt == null) {
            return shut("timer_not_started", "Voting for this candidate has not started yet");
        }
        if (!at.isBefore(timerEndsAt)) {
            return shut("time_over", "Voting time is over");
        }
        return Optional.empty();
    }

    /** Voters may answer for the current candidate and, in a group, for any of its peers. */
    public boolean isOpenFor(long candidateId) {
        Optional<Place> current = current();
        Optional<Place> place = place(candidateId);
        return current.isPresent() && place.isPresent() && isOpenFor(current.get(), place.get());
    }

    /** The other candidates of the candidate's group, in running order; none outside a group. */
    public List<Long> peers(long candidateId) {
        Integer group = group(candidateId);
        if (group == null) {
            return List.of();
        }
        return lineup.stream()
                .filter(other -> group.equals(other.groupNo()) && other.candidateId() != candidateId)
                .map(Place::candidateId)
                .toList();
    }

    /** The group the candidate competes in, or {@code null}. */
    public Integer group(long candidateId) {
        return place(candidateId).map(Place::groupNo).orElse(null);
    }

    private Optional<Place> current() {
        if (currentIndex == null || currentIndex < 0 || currentIndex >= lineup.size()) {
            return Optional.empty();
        }
        return Optional.of(lineup.get(currentIndex));
    }

    private Optional<Place> place(long candidateId) {
        return lineup.stream()
                .filter(place -> place.candidateId() == candidateId)
                .findFirst();
    }

    private static boolean isOpenFor(Place current, Place place) {
        return current.candidateId() == place.candidateId()
                || (current.groupNo() != null && current.groupNo().equals(place.groupNo()));
    }

    private static Optional<Shut> shut(String reason, String message) {
        return Optional.of(new Shut(reason, message));
    }
}
