package uz.ovoz.voting.ballot.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import uz.ovoz.voting.ballot.entity.VoteType;

class VoteRequestTest {

    private static VoteRequest vote(VoteType type) {
        return new VoteRequest(1, 10, type, "device", null, null, null, false, List.of(11L, 12L));
    }

    @Test
    void yesForOneGroupMemberIsNoForTheOthers() {
        assertEquals(VoteType.NO, vote(VoteType.YES).automaticTypeForPeers());
        assertEquals(List.of(11L, 12L), vote(VoteType.YES).automaticCandidates());
    }

    @Test
    void neutralIsNeutralForTheWholeGroup() {
        assertEquals(VoteType.NEUTRAL, vote(VoteType.NEUTRAL).automaticTypeForPeers());
    }

    @Test
    void noImpliesNothingForThePeers() {
        assertNull(vote(VoteType.NO).automaticTypeForPeers());
        assertEquals(List.of(), vote(VoteType.NO).automaticCandidates());
    }
}
