package uz.ovoz.voting.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uz.ovoz.voting.event.control.EventSnapshot;

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

    @Test
    void clearedTalliesGoToTheVotersAgainWithoutANewVote() {
        List<List<Long>> sent = new ArrayList<>();
        TallyPublisher publisher = publisherSendingTo(sent);
        publisher.publishToVoters();
        assertEquals(List.of(), sent, "nothing moved, nothing sent");

        publisher.resendToVoters(1, List.of(10L, 11L));
        publisher.publishToVoters();
        assertEquals(List.of(List.of(10L, 11L)), sent);

        publisher.publishToVoters();
        assertEquals(1, sent.size(), "sent once, not on every broadcast");
    }

    private static TallyPublisher publisherSendingTo(List<List<Long>> sent) {
        EventSnapshot council = RunningEvents.twoDeans();
        TallyPublisher publisher = new TallyPublisher();
        publisher.events = new LiveEvents() {
            @Override
            public Optional<EventSnapshot> cachedById(long eventId) {
                return eventId == council.eventId() ? Optional.of(council) : Optional.empty();
            }
        };
        publisher.broadcaster = new LiveBroadcaster() {
            @Override
            public void votersMoved(EventSnapshot snapshot, Collection<Long> candidateIds) {
                sent.add(candidateIds.stream().sorted().toList());
            }
        };
        return publisher;
    }
}
