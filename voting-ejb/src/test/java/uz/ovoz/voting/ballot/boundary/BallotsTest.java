package uz.ovoz.voting.ballot.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.ovoz.voting.event.entity.EventStatus;
import uz.ovoz.voting.event.control.EventSnapshot;

/**
 * The voter channel's first check: text a database would refuse never reaches the queue, where one
 * such vote would fail the batch of everyone else's.
 */
class BallotsTest {

    // No flusher: a refused vote must never get as far as the queue
    private final Ballots ballots = new Ballots();

    private static EventSnapshot running() {
        Instant now = Instant.now();
        return new EventSnapshot(1, "abc", "Council", EventStatus.ACTIVE, 30, 0,
                List.of(new EventSnapshot.Entry(10, "A", null, "Dean", null, null)),
                now, now.plusSeconds(30), false, false, false, 0);
    }

    private String refusal(String deviceId, String nonce) {
        return assertThrows(Refusal.class, () -> ballots.cast(running(), new CastVote("yes", nonce, deviceId, 10L, null),
                "127.0.0.1", null)).getMessage();
    }

    @Test
    void aDeviceIdWithTheNulCharacterIsRefused() {
        assertEquals("device_id must not contain control characters", refusal("phone\u0000", null));
    }

    @Test
    void aNonceWithAControlCharacterIsRefused() {
        assertEquals("nonce must not contain control characters", refusal("phone", "n\u0000"));
        assertEquals("nonce must not contain control characters", refusal("phone", "n\u001b[2J"));
    }

    @Test
    void anEventWithOneVotePerAddressRefusesAVoteWhoseAddressIsUnknown() {
        Instant now = Instant.now();
        EventSnapshot perAddress = new EventSnapshot(1, "abc", "Council", EventStatus.ACTIVE, 30, 0,
                List.of(new EventSnapshot.Entry(10, "A", null, "Dean", null, null)), now, now.plusSeconds(30),
                false, true, false, 0);
        Refusal refusal = assertThrows(Refusal.class, () -> ballots.cast(perAddress,
                new CastVote("yes", null, "phone", 10L, null), null, null));
        assertEquals("no_address", refusal.reason());
    }

    @Test
    void aVoteForACandidateThatIsNotOpenIsRefusedBeforeTheQueue() {
        Refusal refusal = assertThrows(Refusal.class, () -> ballots.cast(running(),
                new CastVote("yes", null, "phone", 99L, null), "127.0.0.1", null));
        assertEquals("not_in_event", refusal.reason());
    }
}
