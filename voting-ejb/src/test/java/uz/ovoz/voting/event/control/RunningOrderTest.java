package uz.ovoz.voting.event.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uz.ovoz.voting.event.control.RunningOrder.Place;

class RunningOrderTest {

    private final List<Place> order =
            List.of(new Place(1, null), new Place(2, 7), new Place(3, 7), new Place(4, null), new Place(5, null));

    @Test
    void nextIsTheFollowingCandidate() {
        assertEquals(OptionalInt.of(1), RunningOrder.next(order, 0, Set.of()));
    }

    @Test
    void noCurrentCandidateStartsAtTheFirst() {
        assertEquals(OptionalInt.of(0), RunningOrder.next(order, null, Set.of()));
    }

    @Test
    void theRestOfTheCurrentGroupIsSkipped() {
        assertEquals(OptionalInt.of(3), RunningOrder.next(order, 1, Set.of()));
    }

    @Test
    void candidatesThatAlreadyHaveVotesAreSkipped() {
        assertEquals(OptionalInt.of(4), RunningOrder.next(order, 1, Set.of(4L)));
    }

    @Test
    void pastTheLastCandidateThereIsNoNext() {
        assertTrue(RunningOrder.next(order, 4, Set.of()).isEmpty());
        assertTrue(RunningOrder.next(order, 3, Set.of(5L)).isEmpty());
    }
}
