package uz.ovoz.voting.event.control;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** The rule of "next candidate", kept pure so that it is tested without a database. */
public final class RunningOrder {

    /** One place in the running order. */
    public record Place(long candidateId, Integer groupNo) {}

    private RunningOrder() {}

    /**
     * The index after {@code current}, skipping the rest of the current candidate's group (it was voted
     * on together) and candidates that already have votes; empty when none is left.
     */
    public static OptionalInt next(List<Place> order, Integer current, Set<Long> withVotes) {
        Integer group = current == null || current < 0 || current >= order.size()
                ? null
                : order.get(current).groupNo();
        for (int index = current == null ? 0 : current + 1; index < order.size(); index++) {
            Place place = order.get(index);
            boolean sameGroup = group != null && group.equals(place.groupNo());
            if (!sameGroup && !withVotes.contains(place.candidateId())) {
                return OptionalInt.of(index);
            }
        }
        return OptionalInt.empty();
    }
}
