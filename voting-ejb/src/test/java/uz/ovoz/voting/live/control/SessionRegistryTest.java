package uz.ovoz.voting.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SessionRegistryTest {

    private static List<Integer> numbers(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    @Test
    void aSmallAudienceIsOneShare() {
        assertEquals(List.of(List.of()), SessionRegistry.split(List.of(), 2, 1000));
        assertEquals(List.of(numbers(1999)), SessionRegistry.split(numbers(1999), 2, 1000));
    }

    @Test
    void aLargeAudienceIsSplitIntoConsecutiveSharesCoveringEveryoneOnce() {
        List<List<Integer>> shares = SessionRegistry.split(numbers(10_001), 2, 1000);
        assertEquals(2, shares.size());
        assertEquals(5001, shares.get(0).size());
        assertEquals(numbers(10_001), shares.stream().flatMap(List::stream).toList());
    }

    @Test
    void neverMoreSharesThanThreadsNorSmallerThanTheSplitSize() {
        assertEquals(3, SessionRegistry.split(numbers(3500), 4, 1000).size());
        assertEquals(4, SessionRegistry.split(numbers(100_000), 4, 1000).size());
        assertEquals(1, SessionRegistry.split(numbers(100_000), 1, 1000).size());
        assertEquals(
                numbers(3500),
                SessionRegistry.split(numbers(3500), 4, 1000).stream()
                        .flatMap(List::stream)
                        .toList());
    }
}
