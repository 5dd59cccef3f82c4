package uz.ovoz.voting.ballot.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uz.ovoz.voting.ballot.entity.VoteType;

class VoteRequestTest {

    private static VoteRequest vote(VoteType type) {
        return new VoteRequest(1, 10, type, "device", null, null, null, false, 0, Instant.EPOCH);
    }

    @Test
    void yesForOneGroupMemberIsNoForTheOthers() {
        assertEquals(VoteType.NO, vote(VoteType.YES).automaticTypeForPeers());
    }

    @Test
    void neutralIsNeutralForTheWholeGroup() {
        assertEquals(VoteType.NEUTRAL, vote(VoteType.NEUTRAL).automaticTypeForPeers());
    }

    @Test
    void noImpliesNothingForThePeers() {
        assertNull(vote(VoteType.NO).automaticTypeForPeers());
    }
}
