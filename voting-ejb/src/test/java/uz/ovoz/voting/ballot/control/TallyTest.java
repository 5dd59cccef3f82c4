package uz.ovoz.voting.ballot.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uz.ovoz.voting.ballot.entity.VoteType;

class TallyTest {

    @Test
    void countsAddUpByType() {
        Tally tally = new Tally();
        tally.add(VoteType.YES, 3);
        tally.add(VoteType.NO, 1);
        tally.add(VoteType.NEUTRAL, 2);
        tally.add(VoteType.YES, 1);
        assertEquals(new Tally.Counts(4, 1, 2), tally.counts());
        assertEquals(7, tally.counts().total());
    }

    @Test
    void percentagesAreOfTheCandidatesOwnVotesToOneDecimal() {
        Tally.Counts counts = new Tally.Counts(1, 1, 1);
        assertEquals(33.3, counts.percent(counts.yes()));
        assertEquals(0.0, Tally.Counts.NONE.percent(0));
    }

    @Test
    void aCandidatePassesOnlyWithMoreThanHalfYes() {
        assertTrue(new Tally.Counts(3, 1, 1).passed());
        assertFalse(new Tally.Counts(2, 1, 1).passed(), "exactly half is not more than half");
        assertFalse(Tally.Counts.NONE.passed());
    }
}
