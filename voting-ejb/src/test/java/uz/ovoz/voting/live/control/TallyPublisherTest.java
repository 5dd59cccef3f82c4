package uz.ovoz.voting.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The voters' broadcasts keep to their share of the time, and a quiet server to its interval. */
class TallyPublisherTest {

    @Test
    void aShortBroadcastKeepsTheInterval() {
        assertEquals(1000, TallyPublisher.voterGapMs(1000, 0, 25));
        assertEquals(1000, TallyPublisher.voterGapMs(1000, 250, 25));
    }

    @Test
    void aLongBroadcastIsFollowedByAPauseFourTimesItsLengthAtAQuarter() {
        assertEquals(3200, TallyPublisher.voterGapMs(1000, 800, 25));
        assertEquals(1600, TallyPublisher.voterGapMs(1000, 800, 50));
    }

    @Test
    void aHundredPercentLeavesOnlyTheInterval() {
        assertEquals(1000, TallyPublisher.voterGapMs(1000, 900, 100));
        assertEquals(1500, TallyPublisher.voterGapMs(1000, 1500, 100));
    }
}
